package org.piu.targeting.messages;

/**
 * One part of a multi-part message as its UNH announced it, so that the app can hold parts that arrive in
 * separate requests until the set is complete (then parse the concatenated texts once).
 *
 * @param commonAccessReference UNH element 3, shared by all parts of one message
 * @param number sequence of transfers (1-based)
 * @param last whether this part carries the final-transfer flag F
 */
public record MessagePart(String commonAccessReference, int number, boolean last) {}
