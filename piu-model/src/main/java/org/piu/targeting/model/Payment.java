package org.piu.targeting.model;

/** One form of payment of a booking; card numbers arrive masked and are never stored in clear. */
public record Payment(PaymentType type, String cardNumberMasked, Double amount, String currency, String payerName) {}
