package org.piu.targeting.workbench.archive;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Enforces the EU PNR Directive's periods on the archive (art. 12): full data for {@code piu.archive.mask-after}
 * (default 6 months), then depersonalised; everything deleted after {@code piu.archive.retention} (default 5 years).
 */
@Component
class ArchiveRetentionJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ArchiveRetentionJob.class);

    private final AssessmentArchive archive;
    private final Clock clock;
    private final Period maskAfter;
    private final Period retention;
    private final FixedDelayTask schedule;

    ArchiveRetentionJob(AssessmentArchive archive, Clock clock, PiuProperties properties) {
        Period maskAfter = properties.archive().maskAfter();
        Period retention = properties.archive().retention();
        if (maskAfter.isNegative() || retention.toTotalMonths() <= maskAfter.toTotalMonths()) {
            throw new IllegalArgumentException("piu.archive.retention (" + retention
                    + ") must be longer than piu.archive.mask-after (" + maskAfter + ")");
        }
        this.archive = archive;
        this.clock = clock;
        this.maskAfter = maskAfter;
        this.retention = retention;
        this.schedule = new FixedDelayTask(
                this::enforce,
                properties.archive().jobInterval(),
                properties.archive().jobInitialDelay());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(schedule);
    }

    void enforce() {
        try {
            var now = clock.instant().atOffset(ZoneOffset.UTC);
            int masked = archive.maskReceivedBefore(now.minus(maskAfter).toInstant(), 200);
            var deleted = archive.deleteMonthsBefore(now.minus(retention).toInstant());
            if (masked > 0 || !deleted.isEmpty()) {
                log.info("archive retention: masked {} flights, deleted {}", masked, deleted);
            }
        } catch (RuntimeException e) {
            // Elasticsearch may be down; the next run catches up, nothing is skipped for good.
            log.warn("archive retention could not run: {}", e.getMessage());
        }
    }
}
