package org.piu.targeting.workbench.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.workbench.base.security.Permissions.DECIDE_APPROVALS;
import static org.piu.targeting.workbench.base.security.Permissions.DECIDE_DISCLOSURE;
import static org.piu.targeting.workbench.base.security.Permissions.EDIT_ASSETS;
import static org.piu.targeting.workbench.base.security.Permissions.EXPORT_REPOSITORY;
import static org.piu.targeting.workbench.base.security.Permissions.MANAGE_ACCOUNTS;
import static org.piu.targeting.workbench.base.security.Permissions.MANAGE_WATCHLISTS;
import static org.piu.targeting.workbench.base.security.Permissions.PUBLISH_RELEASES;
import static org.piu.targeting.workbench.base.security.Permissions.READ_AUDIT;
import static org.piu.targeting.workbench.base.security.Permissions.REQUEST_DISCLOSURE;
import static org.piu.targeting.workbench.base.security.Permissions.RETIRE_ASSETS;
import static org.piu.targeting.workbench.base.security.Permissions.REVIEW_HITS;
import static org.piu.targeting.workbench.base.security.Permissions.SEE_RELEASES;
import static org.piu.targeting.workbench.base.security.Permissions.SUBMIT_FLIGHTS;
import static org.piu.targeting.workbench.base.security.Permissions.USE_WORKBENCH;
import static org.piu.targeting.workbench.base.security.Permissions.VIEW_PERSONAL_DATA;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may do what, role by role: the table every check of the workbench and the API reads. */
class PermissionsTest {

    @Test
    void an_author_writes_and_retires_assets_but_neither_approves_nor_publishes() {
        assertThat(Permissions.grantedTo(Set.of(Role.AUTHOR)))
                .containsExactlyInAnyOrder(USE_WORKBENCH, EDIT_ASSETS, RETIRE_ASSETS);
    }

    @Test
    void an_approver_decides_retires_and_publishes_but_writes_nothing() {
        assertThat(Permissions.grantedTo(Set.of(Role.APPROVER)))
                .containsExactlyInAnyOrder(
                        USE_WORKBENCH, DECIDE_APPROVALS, RETIRE_ASSETS, SEE_RELEASES, PUBLISH_RELEASES);
    }

    @Test
    void compliance_reads_the_audit_and_exports_the_repository_but_changes_nothing() {
        assertThat(Permissions.grantedTo(Set.of(Role.COMPLIANCE)))
                .containsExactlyInAnyOrder(USE_WORKBENCH, SEE_RELEASES, READ_AUDIT, EXPORT_REPOSITORY);
    }

    @Test
    void an_admin_manages_accounts_and_watchlists_and_may_submit_flights_but_not_touch_rules() {
        assertThat(Permissions.grantedTo(Set.of(Role.ADMIN)))
                .contains(MANAGE_ACCOUNTS, MANAGE_WATCHLISTS, SUBMIT_FLIGHTS, READ_AUDIT)
                .doesNotContain(EDIT_ASSETS, DECIDE_APPROVALS, RETIRE_ASSETS, PUBLISH_RELEASES);
    }

    @Test
    void a_targeting_officer_reviews_hits_sees_personal_data_and_may_ask_for_disclosure_but_touches_no_rule() {
        assertThat(Permissions.grantedTo(Set.of(Role.TARGETING_OFFICER)))
                .containsExactlyInAnyOrder(USE_WORKBENCH, REVIEW_HITS, VIEW_PERSONAL_DATA, REQUEST_DISCLOSURE);
    }

    @Test
    void a_disclosure_authority_decides_disclosures_and_sees_no_personal_data() {
        assertThat(Permissions.grantedTo(Set.of(Role.DISCLOSURE_AUTHORITY)))
                .containsExactlyInAnyOrder(USE_WORKBENCH, DECIDE_DISCLOSURE);
    }

    @Test
    void only_targeting_officers_see_personal_data_or_review_hits() {
        for (Role role : Role.values()) {
            boolean officer = role == Role.TARGETING_OFFICER;
            assertThat(Permissions.grantedTo(Set.of(role)).contains(VIEW_PERSONAL_DATA))
                    .as(role.name())
                    .isEqualTo(officer);
            assertThat(Permissions.grantedTo(Set.of(role)).contains(REVIEW_HITS))
                    .as(role.name())
                    .isEqualTo(officer);
        }
    }

    @Test
    void an_author_who_is_also_an_officer_sees_personal_data() {
        assertThat(Permissions.grantedTo(List.of(Role.AUTHOR, Role.TARGETING_OFFICER)))
                .contains(EDIT_ASSETS, VIEW_PERSONAL_DATA);
    }

    @Test
    void the_pipeline_may_only_submit_flights() {
        assertThat(Permissions.grantedTo(Set.of(Role.PIPELINE))).containsExactly(SUBMIT_FLIGHTS);
    }

    @Test
    void someone_with_two_roles_may_do_what_either_may() {
        assertThat(Permissions.grantedTo(List.of(Role.AUTHOR, Role.APPROVER)))
                .contains(EDIT_ASSETS, DECIDE_APPROVALS, PUBLISH_RELEASES);
    }

    @Test
    void a_users_authorities_are_their_roles_and_the_permissions_granted_as_spring_roles() {
        assertThat(Permissions.authorities(Set.of(Role.AUTHOR)))
                .containsExactlyInAnyOrder(
                        "ROLE_AUTHOR", "ROLE_" + USE_WORKBENCH, "ROLE_" + EDIT_ASSETS, "ROLE_" + RETIRE_ASSETS);
    }

    @Test
    void every_role_grants_something() {
        for (Role role : Role.values()) {
            assertThat(Permissions.grantedTo(Set.of(role))).as(role.name()).isNotEmpty();
        }
    }
}
