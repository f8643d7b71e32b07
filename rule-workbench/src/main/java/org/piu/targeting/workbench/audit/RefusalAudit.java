package org.piu.targeting.workbench.audit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.workbench.security.AccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes refused API calls into the audit log: an author trying to publish, a pipeline key trying to edit a rule or
 * read the audit. The security chain announces every refusal ({@link AccessRefused}), by its URL rules and by a
 * method's permission check alike. Repeats are coalesced ({@link AuditLog#recordRepeatable}): a client calling a
 * forbidden endpoint 150 times in a second leaves two entries, the second counting the repeats. (The four-eyes
 * refusals the rules repository decides itself stay in its Git history, with the rule changes.)
 */
@Component
class RefusalAudit {

    private static final Logger log = LoggerFactory.getLogger(RefusalAudit.class);
    private static final Pattern ASSET_PATH = Pattern.compile("/api/v1/(rules|lists|scenarios)/([^/]+)(?:/([a-z]+))?");

    private final AuditLog auditLog;

    RefusalAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Records that the caller was refused the request. */
    @EventListener
    void refused(AccessRefused refusal) {
        String uri = refusal.path();
        String method = refusal.method();
        String name = refusal.user() == null ? "anonymous" : refusal.user();
        Map<String, String> details = Map.of("reason", "role not permitted", "call", method + " " + uri);
        try {
            Matcher asset = ASSET_PATH.matcher(uri);
            if (asset.matches()) {
                boolean change = !"GET".equals(method) && !"HEAD".equals(method);
                String action = asset.group(3) != null ? asset.group(3) : change ? "save" : "read";
                String kind = AssetKind.fromFolder(asset.group(1)).folder();
                auditLog.recordRepeatable(name, action, kind, asset.group(2), AuditOutcome.REFUSED, details);
            } else {
                auditLog.recordRepeatable(name, "call", "endpoint", method + " " + uri, AuditOutcome.REFUSED, details);
            }
        } catch (RuntimeException e) {
            log.warn("could not record the refusal of {} {} by {}: {}", method, uri, name, e.getMessage());
        }
    }
}
