package org.piu.targeting.workbench.health;

import org.piu.targeting.repo.RulesRepository;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The rules repository answers and knows its active release. */
@Component
public class RulesRepositoryHealthIndicator implements HealthIndicator {

    private final RulesRepository repository;

    public RulesRepositoryHealthIndicator(RulesRepository repository) {
        this.repository = repository;
    }

    @Override
    public Health health() {
        try {
            var active = repository.activeRelease();
            return Health.up()
                    .withDetail("directory", repository.directory().toString())
                    .withDetail(
                            "activeRelease",
                            active.map(r -> "release-" + r.number()).orElse("none"))
                    .build();
        } catch (Exception e) {
            return Health.down()
                    .withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage())
                    .build();
        }
    }
}
