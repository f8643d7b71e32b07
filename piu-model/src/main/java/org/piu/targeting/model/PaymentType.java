package org.piu.targeting.model;

public enum PaymentType {
    CASH,
    CARD,
    INVOICE,
    OTHER
}
