package org.piu.targeting.engine.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * A targeting rule (risk indicator) as an analyst writes it: the versionable document stored in the rules
 * repository, in YAML or JSON. It never contains code; {@link org.piu.targeting.engine.compile.ReleaseCompiler}
 * turns it into Drools through the field catalog.
 *
 * @param when   incriminating conditions: the rule hits a passenger when they hold
 * @param unless optional exonerating conditions: no hit when they hold
 * @param score  contribution of a hit to the passenger's risk score (0..1000)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "id",
    "title",
    "description",
    "category",
    "severity",
    "score",
    "justification",
    "owner",
    "reviewBy",
    "scope",
    "when",
    "unless"
})
public record RuleDocument(
        String id,
        String title,
        String description,
        String category,
        Severity severity,
        Integer score,
        String justification,
        String owner,
        LocalDate reviewBy,
        RuleScope scope,
        Condition when,
        Condition unless) {

    public RuleDocument withWhen(Condition newWhen) {
        return new RuleDocument(
                id,
                title,
                description,
                category,
                severity,
                score,
                justification,
                owner,
                reviewBy,
                scope,
                newWhen,
                unless);
    }

    public RuleDocument withUnless(Condition newUnless) {
        return new RuleDocument(
                id,
                title,
                description,
                category,
                severity,
                score,
                justification,
                owner,
                reviewBy,
                scope,
                when,
                newUnless);
    }

    public RuleDocument withId(String newId) {
        return new RuleDocument(
                newId,
                title,
                description,
                category,
                severity,
                score,
                justification,
                owner,
                reviewBy,
                scope,
                when,
                unless);
    }

    public RuleDocument withScope(RuleScope newScope) {
        return new RuleDocument(
                id,
                title,
                description,
                category,
                severity,
                score,
                justification,
                owner,
                reviewBy,
                newScope,
                when,
                unless);
    }
}
