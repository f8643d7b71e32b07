package org.piu.targeting.workbench.base.security;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may do what, in one table. A user's roles become the permissions they grant when the user signs in (or a
 * pipeline presents its API key), and every check names a permission, never a role: the URL rules of the REST API
 * ({@code hasRole(Permissions.SUBMIT_FLIGHTS)}), method security on controllers and the views' route access (both
 * {@code @RolesAllowed(Permissions.EDIT_ASSETS)}), and what a view shows
 * ({@code authenticationContext.hasRole(Permissions.RETIRE_ASSETS)}). To answer "who may retire a rule?", read
 * {@link #GRANTS}.
 *
 * <p>Spring Security and Vaadin check roles, so a permission is granted as the authority {@code ROLE_<permission>}:
 * to them it is one more role of the user.
 */
public final class Permissions {

    /** Open the workbench; read rules, releases, assessments, watchlists and history through it or the API. */
    public static final String USE_WORKBENCH = "USE_WORKBENCH";

    /** Write drafts of rules, named lists and scenarios, submit them, import them from files. */
    public static final String EDIT_ASSETS = "EDIT_ASSETS";

    /** Approve or reject a submitted revision (four-eyes: never one's own, the repository checks that). */
    public static final String DECIDE_APPROVALS = "DECIDE_APPROVALS";

    /** Retire a rule, list or scenario: it leaves the next release. */
    public static final String RETIRE_ASSETS = "RETIRE_ASSETS";

    /** Open the releases view (the API lists releases to every workbench user). */
    public static final String SEE_RELEASES = "SEE_RELEASES";

    /** Publish a release of the approved assets, or roll back to an earlier one. */
    public static final String PUBLISH_RELEASES = "PUBLISH_RELEASES";

    /** Read the audit trail, export it, verify the history, see what was active when. */
    public static final String READ_AUDIT = "READ_AUDIT";

    /** Export the whole rules repository as a Git bundle. */
    public static final String EXPORT_REPOSITORY = "EXPORT_REPOSITORY";

    /** Create, change, load and delete watchlists. */
    public static final String MANAGE_WATCHLISTS = "MANAGE_WATCHLISTS";

    /** Manage users and the pipeline's API keys. */
    public static final String MANAGE_ACCOUNTS = "MANAGE_ACCOUNTS";

    /**
     * Review the hits of assessments: the review queue, claiming, decisions, forwarding to a competent authority and
     * outcomes (EU PNR Directive art. 6(5): every automated match is reviewed by a person).
     */
    public static final String REVIEW_HITS = "REVIEW_HITS";

    /**
     * See passengers' personal data: names, dates of birth, documents, bookings, seats and itineraries of assessed
     * flights, and screen any person against the watchlists. Every view of a passenger is recorded in the
     * consultation log (art. 13). Without it a user sees rules and aggregate figures only.
     */
    public static final String VIEW_PERSONAL_DATA = "VIEW_PERSONAL_DATA";

    /** Ask for a masked passenger's data to be disclosed again, with a justification (art. 12(3)). */
    public static final String REQUEST_DISCLOSURE = "REQUEST_DISCLOSURE";

    /** Approve or refuse a request to disclose masked data again (never one's own request). */
    public static final String DECIDE_DISCLOSURE = "DECIDE_DISCLOSURE";

    /** Submit flights and messages for assessment. */
    public static final String SUBMIT_FLIGHTS = "SUBMIT_FLIGHTS";

    /** The table: the permissions each role grants. */
    static final Map<Role, Set<String>> GRANTS = grants();

    private Permissions() {}

    private static Map<Role, Set<String>> grants() {
        Map<Role, Set<String>> grants = new EnumMap<>(Role.class);
        grants.put(Role.AUTHOR, Set.of(USE_WORKBENCH, EDIT_ASSETS, RETIRE_ASSETS));
        grants.put(
                Role.APPROVER, Set.of(USE_WORKBENCH, DECIDE_APPROVALS, RETIRE_ASSETS, SEE_RELEASES, PUBLISH_RELEASES));
        grants.put(Role.COMPLIANCE, Set.of(USE_WORKBENCH, SEE_RELEASES, READ_AUDIT, EXPORT_REPOSITORY));
        grants.put(
                Role.ADMIN,
                Set.of(
                        USE_WORKBENCH,
                        SEE_RELEASES,
                        READ_AUDIT,
                        EXPORT_REPOSITORY,
                        MANAGE_WATCHLISTS,
                        MANAGE_ACCOUNTS,
                        SUBMIT_FLIGHTS));
        grants.put(Role.TARGETING_OFFICER, Set.of(USE_WORKBENCH, REVIEW_HITS, VIEW_PERSONAL_DATA, REQUEST_DISCLOSURE));
        grants.put(Role.DISCLOSURE_AUTHORITY, Set.of(USE_WORKBENCH, DECIDE_DISCLOSURE));
        grants.put(Role.PIPELINE, Set.of(SUBMIT_FLIGHTS));
        return Map.copyOf(grants);
    }

    /** The permissions the given roles grant together. */
    public static Set<String> grantedTo(Collection<Role> roles) {
        Set<String> granted = new TreeSet<>();
        roles.forEach(role -> granted.addAll(GRANTS.get(role)));
        return granted;
    }

    /** The authorities of someone with these roles: each role and each permission it grants, as Spring roles. */
    public static String[] authorities(Collection<Role> roles) {
        Set<String> authorities = new TreeSet<>();
        roles.forEach(role -> authorities.add(role.authority()));
        grantedTo(roles).forEach(permission -> authorities.add("ROLE_" + permission));
        return authorities.toArray(String[]::new);
    }
}
