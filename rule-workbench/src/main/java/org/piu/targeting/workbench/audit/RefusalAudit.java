package org.piu.targeting.workbench.audit;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.workbench.security.AccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes refused API calls into the rules repository's audit trail, next to the four-eyes refusals the repository
 * records itself: an author trying to publish, a pipeline key trying to edit a rule or read the audit. The security
 * chain announces every refusal ({@link AccessRefused}), by its URL rules and by a method's permission check alike.
 *
 * <p>Every entry is a commit, so a client repeating the same forbidden call is recorded once per
 * {@value #REPEAT_SECONDS} seconds per user and call; the repeats are logged.
 */
@Component
class RefusalAudit {

    static final int REPEAT_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(RefusalAudit.class);
    private static final Pattern ASSET_PATH = Pattern.compile("/api/v1/(rules|lists|scenarios)/([^/]+)(?:/([a-z]+))?");

    private final AuditService audit;
    private final Clock clock;
    private final Map<String, Long> lastRecorded = new ConcurrentHashMap<>();

    RefusalAudit(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Records that the caller was refused the request, when it is one the audit trail is about. */
    @EventListener
    void refused(AccessRefused refusal) {
        String uri = refusal.path();
        String method = refusal.method();
        String user = refusal.user();
        boolean change = !"GET".equals(method) && !"HEAD".equals(method);
        if (!uri.startsWith("/api/v1/") || !(change || uri.startsWith("/api/v1/audit"))) {
            return; // reading the catalog or a list is not an attempt to change or inspect the governance record
        }
        String name = user == null ? "anonymous" : user;
        String call = method + " " + uri;
        long now = clock.millis();
        Long last = lastRecorded.put(name + " " + call, now);
        if (last != null && now - last < REPEAT_SECONDS * 1000L) {
            log.warn("{} refused again: {} (recorded in the audit at most every {} s)", name, call, REPEAT_SECONDS);
            return;
        }
        if (lastRecorded.size() > 10_000) {
            lastRecorded.clear(); // a bound, not a policy: worst case one more entry per user and call
        }
        try {
            Matcher asset = ASSET_PATH.matcher(uri);
            if (asset.matches()) {
                String action = asset.group(3) != null ? asset.group(3) : change ? "save" : "read";
                audit.recordRefusal(
                        name, action, AssetKind.fromFolder(asset.group(1)), asset.group(2), "role not permitted");
            } else {
                audit.recordRefusal(name, call, null, null, "role not permitted");
            }
        } catch (RuntimeException e) {
            log.warn("could not record the refusal of {} by {}: {}", call, name, e.getMessage());
        }
    }
}
