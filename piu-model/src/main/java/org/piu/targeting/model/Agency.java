package org.piu.targeting.model;

/** The travel agency or office that created a booking; iata is its IATA/ARC number, country ISO alpha-3. */
public record Agency(String iata, String name, String country) {}
