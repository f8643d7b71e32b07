package org.piu.targeting.workbench.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records sign-ins, successful and failed, in the audit log (action {@code sign-in}, the user as actor, the channel
 * and address as details). A sign-in to the workbench is one entry each. Over the REST API every call carries its
 * credentials and so is a sign-in: those successes are coalesced like the failures (a burst of wrong passwords, a
 * script's calls), so that the log says who used the API when without an entry per call.
 */
@Component
class SignInAudit {

    static final String SIGN_IN = "sign-in";
    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);

    private final AuditLog auditLog;

    SignInAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), AuditOutcome.SUCCESS, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication(), AuditOutcome.REFUSED, reason(event.getException()));
    }

    private void record(Authentication authentication, AuditOutcome outcome, String reason) {
        String user =
                authentication.getName() == null || authentication.getName().isBlank()
                        ? "anonymous"
                        : authentication.getName();
        boolean api = requestPath().startsWith("/api/");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("channel", api ? "api" : "workbench");
        if (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            details.put("address", web.getRemoteAddress());
        }
        if (reason != null) {
            details.put("reason", reason);
        }
        try {
            if (api || outcome != AuditOutcome.SUCCESS) {
                auditLog.recordRepeatable(user, SIGN_IN, null, null, outcome, details);
            } else {
                auditLog.record(user, SIGN_IN, null, null, outcome, details);
            }
        } catch (RuntimeException e) {
            log.warn("could not record the sign-in of {} ({}): {}", user, outcome, e.getMessage());
        }
    }

    private static String requestPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRequestURI() == null ? "" : request.getRequestURI();
        }
        return "";
    }

    private static String reason(AuthenticationException e) {
        return switch (e) {
            case BadCredentialsException bad -> "wrong user name or password";
            case DisabledException disabled -> "account disabled";
            case LockedException locked -> "account locked";
            default -> "authentication failed";
        };
    }
}
