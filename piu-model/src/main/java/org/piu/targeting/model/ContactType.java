package org.piu.targeting.model;

public enum ContactType {
    PHONE,
    EMAIL,
    ADDRESS
}
