package org.piu.targeting.model;

/**
 * Checked baggage of one passenger. Each value is null when the carrier did not send it: a weight without a count is
 * common (the carrier reports the total only), and an unknown count must not read as "no bags" to a rule.
 *
 * @param count number of checked bags, null when unknown
 * @param weightKg total weight in kilograms, null when unknown
 */
public record Bags(Integer count, Double weightKg) {}
