package org.piu.targeting.workbench.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.piu.targeting.repo.audit.AuditOutcome;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of the {@link AuditLog}: what happened (who, what, to which subject, with which outcome and details) and
 * its place in the hash chain.
 *
 * @param sequence     1, 2, 3, … without gaps: a missing number is a deleted entry
 * @param time         when it happened (the first occurrence of a coalesced entry), to the millisecond
 * @param actor        the user name, {@code apikey:<id>} for a pipeline client, {@code system} for the application
 * @param action       what was done, e.g. {@code sign-in}, {@code consultation}, {@code export}, {@code approve}
 * @param subjectType  what kind of thing it was done to, e.g. {@code passenger}, {@code endpoint}, {@code rules},
 *                     {@code user}; empty when none
 * @param subjectId    which one, e.g. {@code 9U172-2026-11-22/P1} for a passenger of a flight; empty when none
 * @param outcome      whether it happened ({@code SUCCESS}), was refused ({@code REFUSED}: a missing permission, a
 *                     wrong password) or lost a race ({@code CONFLICT})
 * @param details      more facts, by name (reason, purpose, counts, file hashes); never passwords
 * @param count        how many occurrences this entry stands for: more than 1 when repeats within the coalescing
 *                     window were counted rather than written one by one
 * @param lastTime     the last of those occurrences; null when {@code count} is 1
 * @param previousHash the hash of the entry before (64 zeros for the first)
 * @param hash         SHA-256 of the {@link #canonical() canonical form} of everything above
 */
public record AuditLogEntry(
        long sequence,
        Instant time,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        AuditOutcome outcome,
        Map<String, String> details,
        int count,
        Instant lastTime,
        String previousHash,
        String hash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    public AuditLogEntry {
        time = time.truncatedTo(ChronoUnit.MILLIS);
        lastTime = lastTime == null ? null : lastTime.truncatedTo(ChronoUnit.MILLIS);
        subjectType = subjectType == null ? "" : subjectType;
        subjectId = subjectId == null ? "" : subjectId;
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** An event not yet in the chain: no position, no hashes ({@link #chainedAt} gives it both). */
    static AuditLogEntry unchained(
            Instant time,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            AuditOutcome outcome,
            Map<String, String> details,
            int count,
            Instant lastTime) {
        return new AuditLogEntry(
                0, time, actor, action, subjectType, subjectId, outcome, details, count, lastTime, "", "");
    }

    /** This event at {@code sequence}, after the entry whose hash is {@code previousHash}, with its hash computed. */
    AuditLogEntry chainedAt(long position, String previous) {
        String newHash = sha256(at(position, previous, "").canonical());
        return at(position, previous, newHash);
    }

    private AuditLogEntry at(long position, String previous, String newHash) {
        return new AuditLogEntry(
                position,
                time,
                actor,
                action,
                subjectType,
                subjectId,
                outcome,
                details,
                count,
                lastTime,
                previous,
                newHash);
    }

    /**
     * What the hash covers: a JSON object with every component but the hash, in declaration order, details sorted by
     * name, times as ISO-8601 instants to the millisecond. Anyone can recompute it from an export.
     */
    public String canonical() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", sequence);
        fields.put("time", time.toString());
        fields.put("actor", actor);
        fields.put("action", action);
        fields.put("subjectType", subjectType);
        fields.put("subjectId", subjectId);
        fields.put("outcome", outcome.name());
        fields.put("details", new TreeMap<>(details));
        fields.put("count", count);
        fields.put("lastTime", lastTime == null ? null : lastTime.toString());
        fields.put("previousHash", previousHash);
        return CANONICAL.writeValueAsString(fields);
    }

    /** Whether the stored hash is still the hash of the stored content. */
    public boolean hashMatches() {
        return sha256(canonical()).equals(hash);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
