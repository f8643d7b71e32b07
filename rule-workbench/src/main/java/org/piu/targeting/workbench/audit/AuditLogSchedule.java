package org.piu.targeting.workbench.audit;

import java.time.Duration;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The audit log's two background tasks: writing the coalesced repeats of closed windows (every few seconds), and
 * anchoring the chain head in the rules repository's anchor log (every {@code piu.audit.anchor-interval}).
 */
@Component
class AuditLogSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AuditLogSchedule.class);

    private final AuditLog auditLog;
    private final AuditService audit;
    private final Duration flushEvery;
    private final Duration anchorEvery;

    AuditLogSchedule(AuditLog auditLog, AuditService audit, PiuProperties properties) {
        this.auditLog = auditLog;
        this.audit = audit;
        Duration window = properties.audit().coalesceWindow();
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("piu.audit.coalesce-window must be positive, not " + window);
        }
        this.anchorEvery = properties.audit().anchorInterval();
        if (anchorEvery.isNegative() || anchorEvery.isZero()) {
            throw new IllegalArgumentException("piu.audit.anchor-interval must be positive, not " + anchorEvery);
        }
        // a window closes at most a quarter of its length late (and never more than 5 s)
        Duration quarter = window.dividedBy(4);
        this.flushEvery = quarter.compareTo(Duration.ofSeconds(5)) > 0
                ? Duration.ofSeconds(5)
                : quarter.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : quarter;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::flush, flushEvery, flushEvery));
        tasks.addFixedDelayTask(new FixedDelayTask(this::anchor, anchorEvery, anchorEvery));
    }

    void flush() {
        try {
            auditLog.flushRepeats();
        } catch (RuntimeException e) {
            // Elasticsearch may be down: the repeats are kept and written by a later run
            log.warn("could not write coalesced audit entries: {}", e.getMessage());
        }
    }

    void anchor() {
        try {
            audit.anchorAuditLog();
        } catch (RuntimeException e) {
            log.warn("could not anchor the audit log: {}", e.getMessage());
        }
    }
}
