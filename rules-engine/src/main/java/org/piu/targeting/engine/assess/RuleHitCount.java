package org.piu.targeting.engine.assess;

/**
 * How many passengers of the flight a rule hit, and how many of those hits are itemized in the assessment
 * (fewer when the rule exceeded the per-flight cap and is flagged runaway).
 */
public record RuleHitCount(String ruleId, String ruleRevision, int hits, int itemized, boolean runaway) {}
