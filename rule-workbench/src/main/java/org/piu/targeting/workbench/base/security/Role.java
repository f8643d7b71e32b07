package org.piu.targeting.workbench.base.security;

/**
 * What a user is. Rule authors write rules, lists and scenarios; approvers review and publish them (never their own:
 * four-eyes is enforced on the revision, not the role); compliance officers read history and audit; admins manage
 * users, API keys and watchlists; targeting officers review hits and are the only ones who see passengers' personal
 * data; a disclosure authority decides whether masked data may be disclosed again (EU PNR Directive art. 12(3)); the
 * pipeline only submits flights for assessment. A user may hold several roles. What each role may do is in
 * {@link Permissions}: checks name permissions, never roles.
 */
public enum Role {
    AUTHOR,
    APPROVER,
    COMPLIANCE,
    ADMIN,
    TARGETING_OFFICER,
    DISCLOSURE_AUTHORITY,
    PIPELINE;

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
