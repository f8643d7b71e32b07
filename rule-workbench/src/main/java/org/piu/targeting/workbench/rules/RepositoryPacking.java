package org.piu.targeting.workbench.rules;

import org.piu.targeting.repo.PackReport;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Packs the rules repository every night ({@code piu.repository.pack-cron}, default 03:30): saves write loose,
 * fsynced objects and never wait for a gc, so this is where they are gathered into a pack. Saves made meanwhile wait
 * for it (about 20 s for a 50,000-commit repository, BENCHMARKS.md).
 */
@Component
class RepositoryPacking implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RepositoryPacking.class);

    private final RuleAssetService assets;
    private final String cron;

    RepositoryPacking(RuleAssetService assets, PiuProperties properties) {
        this.assets = assets;
        this.cron = properties.repository().packCron();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addCronTask(this::pack, cron);
    }

    void pack() {
        try {
            PackReport report = assets.packRepository();
            log.info(
                    "rules repository packed in {} ms: {} loose objects before, {} after; {} objects in {} packs",
                    report.took().toMillis(),
                    report.looseBefore(),
                    report.looseAfter(),
                    report.packed(),
                    report.packFiles());
        } catch (RuntimeException e) {
            log.warn("packing the rules repository failed (the next night tries again): {}", e.getMessage());
        }
    }
}
