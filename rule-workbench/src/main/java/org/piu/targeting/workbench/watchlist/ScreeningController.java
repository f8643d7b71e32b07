package org.piu.targeting.workbench.watchlist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.matching.screening.PersonScreening;
import org.piu.targeting.matching.screening.ScreeningResult;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.model.ScreeningStatus;
import org.piu.targeting.workbench.base.security.Permissions;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/screening")
@Tag(
        name = "Screening",
        description = "Screen persons against watchlists (what the assessment does for every passenger)")
class ScreeningController {

    /** A person to screen (docs/formats/watchlists.md): name, or surname + givenNames. */
    public record Person(
            String id,
            String name,
            String surname,
            String givenNames,
            String dateOfBirth,
            String gender,
            String nationality,
            String documentNumber,
            String documentIssuingCountry) {}

    public record ScreeningRequest(List<String> lists, List<Person> persons) {}

    /**
     * The answer of the API contract: {@code screening} and the matches per person. {@code status} repeats
     * {@code screening} under the name this endpoint answered with before; it is kept for one release so that clients
     * can move to {@code screening}, then removed.
     */
    @Schema(name = "ScreeningResponse")
    public record ScreeningResponse(
            @Schema(
                    description = "COMPLETE: every person was screened against every list; DEGRADED: some"
                            + " screening did not happen (see reason) and an empty match list is not 'no match'")
            ScreeningStatus screening,

            @Deprecated
            @Schema(
                    deprecated = true,
                    description = "Same value as 'screening'; deprecated, removed in the next release")
            ScreeningStatus status,

            @Schema(description = "Why screening is DEGRADED; empty when COMPLETE")
            String reason,

            List<PersonScreening> results) {

        static ScreeningResponse of(ScreeningResult result) {
            return new ScreeningResponse(result.status(), result.status(), result.reason(), result.results());
        }
    }

    private final WatchlistService watchlists;

    ScreeningController(WatchlistService watchlists) {
        this.watchlists = watchlists;
    }

    @PostMapping
    @RolesAllowed(Permissions.VIEW_PERSONAL_DATA)
    @Operation(
            summary = "Matches at or above each list's review threshold, with score, ALERT/REVIEW and an explanation;"
                    + " screening is DEGRADED (with the reason) when Elasticsearch cannot answer, never an empty 'no match'."
                    + " Screening any person is a search for personal data: targeting officers only.")
    public ScreeningResponse screen(@RequestBody ScreeningRequest request) {
        if (request.lists() == null || request.lists().isEmpty()) {
            throw new IllegalArgumentException("'lists' must name at least one watchlist");
        }
        if (request.persons() == null || request.persons().isEmpty()) {
            throw new IllegalArgumentException("'persons' must hold at least one person");
        }
        List<PersonQuery> queries = new ArrayList<>();
        for (int i = 0; i < request.persons().size(); i++) {
            queries.add(query(request.persons().get(i), i));
        }
        return ScreeningResponse.of(watchlists.screen(request.lists(), queries));
    }

    private static PersonQuery query(Person p, int index) {
        String where = "persons[" + index + "]";
        if (p == null || p.id() == null || p.id().isBlank()) {
            throw new IllegalArgumentException(where + ".id is required");
        }
        boolean hasName = notBlank(p.name()) || notBlank(p.surname()) || notBlank(p.givenNames());
        if (!hasName && !notBlank(p.documentNumber())) {
            throw new IllegalArgumentException(where + " needs a name (or surname and givenNames) or a documentNumber");
        }
        DateOfBirth dob = null;
        if (notBlank(p.dateOfBirth())) {
            dob = DateOfBirth.parse(p.dateOfBirth())
                    .orElseThrow(() -> new IllegalArgumentException(
                            where + ".dateOfBirth '" + p.dateOfBirth() + "' is not YYYY-MM-DD, YYYY-MM or YYYY"));
        }
        return new PersonQuery(
                p.id(),
                p.name(),
                p.surname(),
                p.givenNames(),
                dob,
                Gender.parse(p.gender()),
                p.nationality(),
                p.documentNumber(),
                p.documentIssuingCountry());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
