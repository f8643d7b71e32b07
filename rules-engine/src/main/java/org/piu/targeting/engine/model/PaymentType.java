package org.piu.targeting.engine.model;

public enum PaymentType {
    CASH,
    CARD,
    INVOICE,
    OTHER
}
