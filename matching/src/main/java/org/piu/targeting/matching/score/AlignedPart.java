package org.piu.targeting.matching.score;

import org.piu.targeting.matching.normalize.NameToken;

/** A passenger name part aligned with a list name part. */
public record AlignedPart(NameToken query, NameToken candidate, TokenMatch match) {}
