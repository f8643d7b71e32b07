package org.piu.targeting.repo.lifecycle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.FourEyesViolationException;
import org.piu.targeting.repo.LifecycleViolationException;

/**
 * The lifecycle rules of an asset, apart from storage: which status each action needs, who may approve, and the
 * state an action leads to. Pure functions of the stored {@link AssetState}, so the rules can be read and tested in
 * one place; the repository applies them under its write lock and audits every refusal.
 *
 * <table>
 *   <caption>What each action needs</caption>
 *   <tr><th>action</th><th>allowed when the asset is</th><th>leads to</th></tr>
 *   <tr><td>save, import</td><td>new, or in any status (a retired asset is revived as a draft)</td><td>DRAFT</td></tr>
 *   <tr><td>submit</td><td>DRAFT</td><td>SUBMITTED</td></tr>
 *   <tr><td>approve</td><td>SUBMITTED, and the approver is no author since the last approval (four-eyes)</td>
 *       <td>APPROVED</td></tr>
 *   <tr><td>reject</td><td>SUBMITTED</td><td>REJECTED</td></tr>
 *   <tr><td>retire</td><td>any status but RETIRED</td><td>RETIRED</td></tr>
 * </table>
 *
 * <p>Publish and rollback concern releases, not one asset, and are not transitions of this state.
 */
public final class Lifecycle {

    private Lifecycle() {}

    /** The one status {@code action} requires, or empty when it accepts several (save, import, retire). */
    public static Optional<AssetStatus> requiredStatus(LifecycleAction action) {
        return switch (action) {
            case SUBMIT -> Optional.of(AssetStatus.DRAFT);
            case APPROVE, REJECT -> Optional.of(AssetStatus.SUBMITTED);
            default -> Optional.empty();
        };
    }

    /** Whether {@code action} may be applied to an asset in {@code status} (the four-eyes check aside). */
    public static boolean allows(LifecycleAction action, AssetStatus status) {
        return switch (action) {
            case SAVE, IMPORT -> true;
            case SUBMIT, APPROVE, REJECT -> requiredStatus(action).orElseThrow() == status;
            case RETIRE -> status != AssetStatus.RETIRED;
            case PUBLISH, ROLLBACK -> false;
        };
    }

    /**
     * The state after a save or import: a new asset starts at version 1, an existing one becomes a draft again
     * with its author added to the authors since the last approval.
     *
     * @param current the stored state, or null for a new asset
     */
    public static AssetState saved(
            AssetRef asset, AssetState current, String author, Instant at, LifecycleAction action) {
        if (!action.createsRevision()) {
            throw new IllegalArgumentException(action + " does not save a revision");
        }
        return current == null
                ? AssetState.created(asset.name(), author, at.toString(), action)
                : current.saved(author, at.toString(), action);
    }

    /**
     * The state after {@code actor} submits, approves, rejects or retires revision {@code revision} of an asset.
     *
     * @throws LifecycleViolationException when the asset's status does not allow the action
     * @throws FourEyesViolationException  when the approver authored the asset since its last approval
     */
    public static AssetState transition(
            AssetRef asset, String revision, AssetState state, LifecycleAction action, String actor, Instant at) {
        Objects.requireNonNull(state, "the asset's state is required");
        if (action.createsRevision() || action == LifecycleAction.PUBLISH || action == LifecycleAction.ROLLBACK) {
            throw new IllegalArgumentException(action + " is not a transition");
        }
        AssetStatus from = state.status();
        if (!allows(action, from)) {
            throw new LifecycleViolationException("cannot " + action.trailerValue() + " " + asset + " revision "
                    + revision + ": it is " + from
                    + requiredStatus(action).map(s -> ", expected " + s).orElse(""));
        }
        if (action == LifecycleAction.APPROVE && state.authorsSinceApproval().contains(actor)) {
            throw new FourEyesViolationException("four-eyes: " + actor + " cannot approve " + asset + " revision "
                    + revision + " because they authored it (authors since the last approval: "
                    + String.join(", ", state.authorsSinceApproval()) + "); another user must approve it");
        }
        return switch (action) {
            case SUBMIT -> state.submitted(actor);
            case APPROVE -> state.approved(actor, at.toString(), revision);
            case REJECT -> state.rejected(actor);
            case RETIRE -> state.retired(actor);
            default -> throw new IllegalArgumentException(action + " is not a transition");
        };
    }
}
