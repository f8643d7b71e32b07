package org.piu.targeting.model;

import java.time.LocalDate;

/** A travel document: type is the ICAO 9303 code (P passport, I identity card, V visa, ...). */
public record TravelDocument(String type, String number, String issuingCountry, LocalDate expiry) {}
