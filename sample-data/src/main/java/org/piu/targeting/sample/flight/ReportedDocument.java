package org.piu.targeting.sample.flight;

/** A travel document of a generated passenger that the lost/stolen list must contain. */
public record ReportedDocument(
        String flightKey, String passengerId, String type, String number, String issuingCountry) {}
