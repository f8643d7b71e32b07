package org.piu.targeting.model;

/** Checked baggage of one passenger; weight in kilograms, null when the carrier did not send it. */
public record Bags(int count, Double weightKg) {}
