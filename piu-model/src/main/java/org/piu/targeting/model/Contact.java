package org.piu.targeting.model;

/** A phone number, e-mail or address given in a booking. */
public record Contact(ContactType type, String value) {}
