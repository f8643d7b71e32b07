package org.piu.targeting.workbench.watchlist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.piu.targeting.matching.importer.ImportFormat;
import org.piu.targeting.matching.importer.ImportReport;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.workbench.base.api.InvalidRequestException;
import org.piu.targeting.workbench.base.api.NotFoundException;
import org.piu.targeting.workbench.watchlist.WatchlistService.ListSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/watchlists")
@Tag(name = "Watchlists", description = "Lists of persons and documents that passengers are screened against")
class WatchlistController {

    private static final Logger log = LoggerFactory.getLogger(WatchlistController.class);

    /**
     * Thresholds are optional: the matcher's calibrated defaults apply. A score at or above the alert threshold is an
     * ALERT, at or above the review threshold a REVIEW; the review threshold may not exceed the alert threshold.
     */
    public record WatchlistRequest(
            @Size(max = 2000) String description,
            @Size(max = 2000) String legalSource,
            @Size(max = 200) String category,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            Double alertThreshold,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            Double reviewThreshold) {}

    public record WatchlistSummary(Watchlist watchlist, long entries) {}

    private final WatchlistService watchlists;

    WatchlistController(WatchlistService watchlists) {
        this.watchlists = watchlists;
    }

    @GetMapping
    public List<WatchlistSummary> list() {
        return watchlists.sizes().stream()
                .map(s -> new WatchlistSummary(s.watchlist(), s.entries()))
                .toList();
    }

    @GetMapping("/{name}")
    public WatchlistSummary get(@PathVariable String name) {
        ListSize found = watchlists.find(name).orElseThrow(() -> new NotFoundException("no watchlist '" + name + "'"));
        return new WatchlistSummary(found.watchlist(), found.entries());
    }

    @PutMapping("/{name}")
    @Operation(summary = "Create or update a watchlist's metadata and thresholds")
    public Watchlist put(@PathVariable String name, @Valid @RequestBody WatchlistRequest body) {
        double alert = body.alertThreshold() != null ? body.alertThreshold() : Watchlist.DEFAULT_ALERT_THRESHOLD;
        double review = body.reviewThreshold() != null
                ? body.reviewThreshold()
                : Math.min(Watchlist.DEFAULT_REVIEW_THRESHOLD, alert);
        Watchlist list;
        try {
            list = new Watchlist(name, body.description(), body.legalSource(), body.category(), alert, review);
        } catch (IllegalArgumentException refused) {
            // the list checks its own name and thresholds: what it refuses is the caller's value
            throw new InvalidRequestException(refused.getMessage(), refused);
        }
        return watchlists.save(list);
    }

    @PostMapping("/{name}/entries")
    @Operation(
            summary =
                    "Load the list's entries (replacing the previous version once the new one is searchable):"
                            + " text/csv with header entry_id,names,date_of_birth,gender,nationality,document_number; JSON lines"
                            + " (application/x-ndjson); or the UN Security Council consolidated list (application/xml); formats in"
                            + " docs/formats/watchlists.md. Answers the"
                            + " counts and every rejected row with its reason; a failed import leaves the previous version serving.")
    public ImportReport load(
            @PathVariable String name, @RequestHeader("Content-Type") String contentType, HttpServletRequest request)
            throws IOException {
        ImportFormat format;
        try {
            format = ImportFormat.fromMediaType(contentType);
        } catch (IllegalArgumentException unsupported) {
            throw InvalidRequestException.unsupportedMediaType(unsupported.getMessage(), unsupported);
        }
        watchlists
                .find(name)
                .orElseThrow(() -> new NotFoundException(
                        "no watchlist '" + name + "': create it first with PUT /api/v1/watchlists/" + name));
        ImportReport report = watchlists.importEntries(
                name,
                format,
                request.getInputStream(),
                (stage, rows, indexed) ->
                        log.debug("watchlist {} import {}: {} rows read, {} indexed", name, stage, rows, indexed));
        log.info(
                "watchlist {}: {} entries imported, {} rows rejected",
                name,
                report.imported(),
                report.rejected().size());
        return report;
    }

    @DeleteMapping("/{name}")
    public ResponseEntity<Void> delete(@PathVariable String name) {
        return watchlists.delete(name)
                ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }
}
