package org.piu.targeting.workbench.security;

/**
 * What a user may do. Rule authors write rules, lists and scenarios; approvers review and publish them (never
 * their own: four-eyes is enforced on the revision, not the role); compliance officers read history and audit;
 * admins manage users, API keys and watchlists; the pipeline only submits flights for assessment.
 */
public enum Role {
    AUTHOR,
    APPROVER,
    COMPLIANCE,
    ADMIN,
    PIPELINE;

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
