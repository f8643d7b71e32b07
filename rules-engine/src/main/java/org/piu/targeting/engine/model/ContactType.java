package org.piu.targeting.engine.model;

public enum ContactType {
    PHONE,
    EMAIL,
    ADDRESS
}
