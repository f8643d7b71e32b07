package org.piu.targeting.workbench.health;

import org.piu.targeting.workbench.rules.ReleaseService;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The rules repository answers and knows its active release. */
@Component
class RulesRepositoryHealthIndicator implements HealthIndicator {

    private final RuleAssetService assets;
    private final ReleaseService releases;

    RulesRepositoryHealthIndicator(RuleAssetService assets, ReleaseService releases) {
        this.assets = assets;
        this.releases = releases;
    }

    @Override
    public Health health() {
        try {
            var active = releases.active();
            return Health.up()
                    .withDetail("directory", assets.repositoryDirectory().toString())
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
