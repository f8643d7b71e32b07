package org.piu.targeting.sample.geo;

import java.time.ZoneId;

/** An airport of the sample network: IATA code, ISO 3166 alpha-3 country and the zone its local times use. */
public record Airport(String iata, String country, String city, ZoneId zone) {}
