package org.piu.targeting.workbench.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.security.Principal;
import java.util.List;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseDiff;
import org.piu.targeting.workbench.base.api.NotFoundException;
import org.piu.targeting.workbench.base.security.Permissions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/releases")
@Tag(name = "Releases", description = "Immutable, numbered sets of approved rules, lists and scenarios; one is active")
class ReleasesController {

    /** Why the release is published (or rolled back): it is recorded with the release. */
    public record PublishRequest(@NotBlank String justification) {}

    /** The active release as the engine runs it. */
    public record ActiveRelease(
            Release release,
            String engineReleaseId,
            String engineHash,
            int compiledRules,
            List<String> excludedRules) {}

    private final ReleaseService releases;

    ReleasesController(ReleaseService releases) {
        this.releases = releases;
    }

    @GetMapping
    @Operation(summary = "Every release, oldest first")
    public List<Release> list() {
        return releases.releases();
    }

    @GetMapping("/active")
    @Operation(summary = "The active release and what the engine compiled from it")
    public ActiveRelease active() {
        Release release =
                releases.active().orElseThrow(() -> new NotFoundException("no release has been published yet"));
        var compiled = releases.activeCompiled();
        return new ActiveRelease(
                release,
                compiled.map(c -> c.id()).orElse(null),
                compiled.map(c -> c.hash()).orElse(null),
                compiled.map(c -> c.rules().size()).orElse(0),
                compiled.map(c -> c.problems().stream()
                                .map(p -> p.ruleId() + " " + p.path() + ": " + p.message())
                                .distinct()
                                .toList())
                        .orElse(List.of()));
    }

    @GetMapping("/{number}")
    public Release get(@PathVariable int number) {
        return releases.release(number);
    }

    @GetMapping("/{from}/diff/{to}")
    @Operation(summary = "Assets added, removed and changed between two releases")
    public ReleaseDiff diff(@PathVariable int from, @PathVariable int to) {
        return releases.diff(from, to);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Permissions.PUBLISH_RELEASES)
    @Operation(
            summary = "Publish every approved asset as a new release and activate it. Refused (422, with the problems)"
                    + " unless every rule in it is approved and compiles and every scenario passes.")
    public Release publish(@Valid @RequestBody PublishRequest body, Principal user) {
        return releases.publish(user.getName(), body.justification());
    }

    @PostMapping("/{number}/rollback")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed(Permissions.PUBLISH_RELEASES)
    @Operation(summary = "Roll back: publish a new release equal to release {number} and activate it")
    public Release rollback(@PathVariable int number, @Valid @RequestBody PublishRequest body, Principal user) {
        return releases.rollback(user.getName(), body.justification(), number);
    }
}
