package org.piu.targeting.sample.geo;

/** An airline flying the sample routes: IATA code, name, home country (its crew's nationality) and flight numbers. */
public record Carrier(String iata, String name, String country, int firstFlightNumber) {}
