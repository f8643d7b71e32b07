package org.piu.targeting.repo.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.FourEyesViolationException;
import org.piu.targeting.repo.LifecycleViolationException;

/** The lifecycle rules on their own: every action against every status, and the four-eyes refusals; no Git. */
class LifecycleTest {

    private static final AssetRef R1 = AssetRef.rule("R-1");
    private static final Instant AT = Instant.parse("2026-11-01T08:00:00Z");
    private static final String REV = "0123456789abcdef0123456789abcdef01234567";

    /** An asset in {@code status}, last saved by alice, with alice and bob as authors since the last approval. */
    private static AssetState in(AssetStatus status) {
        return new AssetState(
                "rules/R-1",
                status,
                3,
                "alice",
                "2026-10-31T10:00:00Z",
                List.of("alice", "bob"),
                status == AssetStatus.SUBMITTED ? "alice" : null,
                "fedcba9876543210fedcba9876543210fedcba98",
                2,
                "carol",
                "2026-10-30T10:00:00Z",
                "save",
                "alice");
    }

    private static AssetState transition(AssetStatus from, LifecycleAction action, String actor) {
        return Lifecycle.transition(R1, REV, in(from), action, actor, AT);
    }

    @Test
    void submit_needs_a_draft_and_approve_and_reject_need_a_submitted_revision() {
        assertThat(Lifecycle.requiredStatus(LifecycleAction.SUBMIT)).contains(AssetStatus.DRAFT);
        assertThat(Lifecycle.requiredStatus(LifecycleAction.APPROVE)).contains(AssetStatus.SUBMITTED);
        assertThat(Lifecycle.requiredStatus(LifecycleAction.REJECT)).contains(AssetStatus.SUBMITTED);
        assertThat(Lifecycle.requiredStatus(LifecycleAction.SAVE)).isEmpty();
        assertThat(Lifecycle.requiredStatus(LifecycleAction.RETIRE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AssetStatus.class)
    void submit_is_allowed_only_from_draft(AssetStatus from) {
        if (from == AssetStatus.DRAFT) {
            AssetState next = transition(from, LifecycleAction.SUBMIT, "alice");
            assertThat(next.status()).isEqualTo(AssetStatus.SUBMITTED);
            assertThat(next.submittedBy()).isEqualTo("alice");
            assertThat(next.authorsSinceApproval()).containsExactly("alice", "bob");
        } else {
            assertThatThrownBy(() -> transition(from, LifecycleAction.SUBMIT, "alice"))
                    .isInstanceOf(LifecycleViolationException.class)
                    .hasMessage("cannot submit rules/R-1 revision " + REV + ": it is " + from + ", expected DRAFT");
        }
    }

    @ParameterizedTest
    @EnumSource(AssetStatus.class)
    void approve_is_allowed_only_from_submitted(AssetStatus from) {
        if (from == AssetStatus.SUBMITTED) {
            AssetState next = transition(from, LifecycleAction.APPROVE, "carol");
            assertThat(next.status()).isEqualTo(AssetStatus.APPROVED);
            assertThat(next.approvedRevision()).isEqualTo(REV);
            assertThat(next.approvedVersion()).isEqualTo(3);
            assertThat(next.approvedBy()).isEqualTo("carol");
            assertThat(next.approvedAt()).isEqualTo(AT.toString());
        } else {
            assertThatThrownBy(() -> transition(from, LifecycleAction.APPROVE, "carol"))
                    .isInstanceOf(LifecycleViolationException.class)
                    .hasMessageContaining("it is " + from + ", expected SUBMITTED");
        }
    }

    @ParameterizedTest
    @EnumSource(AssetStatus.class)
    void reject_is_allowed_only_from_submitted(AssetStatus from) {
        if (from == AssetStatus.SUBMITTED) {
            AssetState next = transition(from, LifecycleAction.REJECT, "carol");
            assertThat(next.status()).isEqualTo(AssetStatus.REJECTED);
            assertThat(next.lastActionBy()).isEqualTo("carol");
            assertThat(next.approvedRevision()).isEqualTo(in(from).approvedRevision());
        } else {
            assertThatThrownBy(() -> transition(from, LifecycleAction.REJECT, "carol"))
                    .isInstanceOf(LifecycleViolationException.class)
                    .hasMessage("cannot reject rules/R-1 revision " + REV + ": it is " + from + ", expected SUBMITTED");
        }
    }

    @ParameterizedTest
    @EnumSource(AssetStatus.class)
    void retire_is_allowed_from_every_status_but_retired(AssetStatus from) {
        if (from != AssetStatus.RETIRED) {
            AssetState next = transition(from, LifecycleAction.RETIRE, "carol");
            assertThat(next.status()).isEqualTo(AssetStatus.RETIRED);
            assertThat(next.approvedRevision())
                    .as("a revived asset must be approved again")
                    .isNull();
        } else {
            assertThatThrownBy(() -> transition(from, LifecycleAction.RETIRE, "carol"))
                    .isInstanceOf(LifecycleViolationException.class)
                    .hasMessage("cannot retire rules/R-1 revision " + REV + ": it is RETIRED");
        }
    }

    @ParameterizedTest
    @EnumSource(AssetStatus.class)
    void save_and_import_are_allowed_from_every_status_and_make_a_new_draft_version(AssetStatus from) {
        for (LifecycleAction action : List.of(LifecycleAction.SAVE, LifecycleAction.IMPORT)) {
            assertThat(Lifecycle.allows(action, from)).isTrue();
            AssetState next = Lifecycle.saved(R1, in(from), "dave", AT, action);
            assertThat(next.status()).isEqualTo(AssetStatus.DRAFT);
            assertThat(next.version()).isEqualTo(4);
            assertThat(next.lastSavedBy()).isEqualTo("dave");
            assertThat(next.authorsSinceApproval()).containsExactly("alice", "bob", "dave");
            assertThat(next.lastAction()).isEqualTo(action.trailerValue());
        }
    }

    @Test
    void the_first_save_creates_version_one_with_its_author_as_the_only_author() {
        AssetState created = Lifecycle.saved(R1, null, "alice", AT, LifecycleAction.SAVE);
        assertThat(created.asset()).isEqualTo("rules/R-1");
        assertThat(created.status()).isEqualTo(AssetStatus.DRAFT);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.lastSavedAt()).isEqualTo(AT.toString());
        assertThat(created.authorsSinceApproval()).containsExactly("alice");
        assertThat(created.approvedRevision()).isNull();
    }

    @Test
    void an_author_since_the_last_approval_cannot_approve() {
        for (String author : List.of("alice", "bob")) {
            assertThatThrownBy(() -> transition(AssetStatus.SUBMITTED, LifecycleAction.APPROVE, author))
                    .isInstanceOf(FourEyesViolationException.class)
                    .hasMessage("four-eyes: " + author + " cannot approve rules/R-1 revision " + REV
                            + " because they authored it (authors since the last approval: alice, bob);"
                            + " another user must approve it");
        }
    }

    @Test
    void an_approval_clears_the_authors_so_earlier_authors_may_approve_the_next_revision() {
        AssetState approved = transition(AssetStatus.SUBMITTED, LifecycleAction.APPROVE, "carol");
        assertThat(approved.authorsSinceApproval()).isEmpty();
        AssetState resaved = Lifecycle.saved(R1, approved, "bob", AT, LifecycleAction.SAVE);
        AssetState submitted = Lifecycle.transition(R1, REV, resaved, LifecycleAction.SUBMIT, "bob", AT);
        assertThat(Lifecycle.transition(R1, REV, submitted, LifecycleAction.APPROVE, "alice", AT)
                        .status())
                .isEqualTo(AssetStatus.APPROVED);
    }

    @Test
    void four_eyes_applies_to_approval_only_an_author_may_submit_reject_and_retire() {
        assertThat(transition(AssetStatus.DRAFT, LifecycleAction.SUBMIT, "alice")
                        .status())
                .isEqualTo(AssetStatus.SUBMITTED);
        assertThat(transition(AssetStatus.SUBMITTED, LifecycleAction.REJECT, "alice")
                        .status())
                .isEqualTo(AssetStatus.REJECTED);
        assertThat(transition(AssetStatus.APPROVED, LifecycleAction.RETIRE, "alice")
                        .status())
                .isEqualTo(AssetStatus.RETIRED);
    }

    @Test
    void the_status_is_checked_before_four_eyes() {
        assertThatThrownBy(() -> transition(AssetStatus.DRAFT, LifecycleAction.APPROVE, "alice"))
                .isInstanceOf(LifecycleViolationException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = LifecycleAction.class,
            names = {"SAVE", "IMPORT", "PUBLISH", "ROLLBACK"})
    void saves_and_releases_are_not_transitions_of_one_asset(LifecycleAction action) {
        assertThatThrownBy(() -> transition(AssetStatus.DRAFT, action, "alice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a transition");
    }

    @ParameterizedTest
    @EnumSource(
            value = LifecycleAction.class,
            names = {"SUBMIT", "APPROVE", "REJECT", "RETIRE", "PUBLISH", "ROLLBACK"})
    void only_saves_and_imports_create_a_revision(LifecycleAction action) {
        assertThatThrownBy(() -> Lifecycle.saved(R1, in(AssetStatus.DRAFT), "alice", AT, action))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not save a revision");
    }

    @ParameterizedTest
    @EnumSource(AssetStatus.class)
    void allows_agrees_with_transition_for_every_action_and_status(AssetStatus from) {
        for (LifecycleAction action : LifecycleAction.values()) {
            if (action.createsRevision() || action == LifecycleAction.PUBLISH || action == LifecycleAction.ROLLBACK) {
                continue;
            }
            Optional<AssetState> next;
            try {
                next = Optional.of(transition(from, action, "carol"));
            } catch (LifecycleViolationException e) {
                next = Optional.empty();
            }
            assertThat(next.isPresent()).as("%s from %s", action, from).isEqualTo(Lifecycle.allows(action, from));
        }
    }
}
