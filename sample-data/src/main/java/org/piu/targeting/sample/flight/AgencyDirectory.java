package org.piu.targeting.sample.flight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piu.targeting.model.Agency;

/**
 * Travel agencies of the sample world (fictional names, IATA-style 8-digit numbers), by country. A few are on the
 * sample watched-agencies list: bookings through them are planted as {@link PlantedRisk#WATCHED_AGENCY} and are
 * never used for ordinary bookings, so every hit of the watched-agency rule is a planted one.
 */
public final class AgencyDirectory {

    private static final AgencyDirectory STANDARD = build();

    private final Map<String, List<Agency>> byCountry = new LinkedHashMap<>();
    private final List<Agency> watched = new ArrayList<>();

    private AgencyDirectory() {}

    public static AgencyDirectory standard() {
        return STANDARD;
    }

    /** Ordinary agencies of a country; empty when the sample has none there. */
    public List<Agency> inCountry(String country) {
        return byCountry.getOrDefault(country, List.of());
    }

    /** The agencies of the sample watched-agencies list. */
    public List<Agency> watched() {
        return List.copyOf(watched);
    }

    private static AgencyDirectory build() {
        AgencyDirectory d = new AgencyDirectory();
        d.add(
                "MDA",
                "31210045",
                "ASTRA TUR SRL",
                "31210186",
                "VOIAJ EXPRES SRL",
                "31210392",
                "CODRU TRAVEL SRL",
                "31210515",
                "PRUT AVIA SRL");
        d.add("AZE", "43210078", "XAZAR TRAVEL MMC", "43210214", "ABSHERON TOURS", "43210457", "GANJA AVIA SERVIS");
        d.add("TUR", "33204511", "BOSPHORUS TRAVEL", "33207720", "ANADOLU TURIZM", "33211046", "KAPADOKYA SEYAHAT");
        d.add("ROU", "73220341", "CARPATI TRAVEL SRL", "73220689", "DUNAREA TOURS SRL");
        d.add("UKR", "72310055", "DNIPRO TUR TOV", "72310473", "KARPATY TRAVEL TOV");
        d.add("RUS", "92123344", "VOLGA TRAVEL OOO", "92125790", "NEVA AVIA OOO");
        d.add("DEU", "23456712", "RHEIN REISEN GMBH", "23459034", "ALPEN TOURISTIK GMBH");
        d.add("ITA", "38219902", "VIAGGI ROMA SRL", "38221188", "LAGO TOUR SRL");
        d.add("GBR", "91234507", "THAMES TRAVEL LTD", "91238862", "PENNINE TOURS LTD");
        d.add("ISR", "48120336", "GALIL TOURS LTD", "48125570", "NEGEV TRAVEL LTD");
        d.add("ARE", "86204418", "CREEK TRAVEL LLC", "86209973", "PALM TOURISM LLC");
        d.add("GEO", "44107712", "KARTLI TRAVEL LLC");
        d.add("KAZ", "50201174", "STEPPE TOURS TOO");
        d.add("UZB", "51309928", "SAMARKAND TRAVEL MCHJ");
        d.add("JOR", "62110345", "PETRA TRAVEL CO");
        d.watched.add(new Agency("31219977", "RAPID VIZA SERVICE SRL", "MDA"));
        d.watched.add(new Agency("33219960", "GOLDEN HORN VIP TURIZM", "TUR"));
        d.watched.add(new Agency("86219955", "DESERT STAR TRAVEL LLC", "ARE"));
        return d;
    }

    private void add(String country, String... numbersAndNames) {
        List<Agency> list = new ArrayList<>();
        for (int i = 0; i < numbersAndNames.length; i += 2) {
            list.add(new Agency(numbersAndNames[i], numbersAndNames[i + 1], country));
        }
        byCountry.put(country, List.copyOf(list));
    }
}
