package org.piu.targeting.engine.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The law in the catalog: attributes of the special categories of personal data, and the PNR elements that act
 * as proxies for them, may not appear in pre-determined criteria. A rule naming one is rejected, never compiled.
 */
public final class SensitiveDataPolicy {

    /** Cited in every rejection so that an author (and an auditor) sees why, not just that. */
    public static final String LEGAL_BASIS = "pre-determined criteria may in no circumstances be based on race or "
            + "ethnic origin, political opinions, religion or philosophical beliefs, trade union membership, health, "
            + "sex life or sexual orientation (Directive (EU) 2016/681 art. 6(4)), PNR data revealing them must not "
            + "be processed (art. 13(4)), and criteria must not rely on such characteristics directly or through "
            + "proxies (CJEU C-817/19 Ligue des droits humains, 21 June 2022)";

    private static final String RELIGION = "religion or philosophical beliefs";
    private static final String HEALTH = "health";

    private final Map<String, BlockedTerm> blockedFields = new LinkedHashMap<>();
    private final Map<String, BlockedTerm> blockedValues = new LinkedHashMap<>();

    private SensitiveDataPolicy() {}

    /** The policy every PIU deployment must apply. */
    public static SensitiveDataPolicy standard() {
        SensitiveDataPolicy p = new SensitiveDataPolicy();
        p.field("passenger.race", "racial or ethnic origin", "race");
        p.field("passenger.ethnicity", "racial or ethnic origin", "ethnic origin");
        p.field("passenger.ethnicOrigin", "racial or ethnic origin", "ethnic origin");
        p.field("passenger.religion", RELIGION, "religion");
        p.field("passenger.beliefs", RELIGION, "philosophical beliefs");
        p.field("passenger.politicalOpinion", "political opinions", "political opinion");
        p.field("passenger.politicalParty", "political opinions", "party affiliation");
        p.field("passenger.tradeUnion", "trade union membership", "trade union membership");
        p.field("passenger.health", HEALTH, "health condition");
        p.field("passenger.disability", HEALTH, "disability");
        p.field("passenger.medicalCondition", HEALTH, "medical condition");
        p.field("passenger.pregnancy", HEALTH, "pregnancy");
        p.field("passenger.sexualOrientation", "sex life or sexual orientation", "sexual orientation");
        p.field("passenger.sexLife", "sex life or sexual orientation", "sex life");
        p.field("booking.mealPreference", RELIGION + " or " + HEALTH, "special meal request");
        p.field("booking.specialMeal", RELIGION + " or " + HEALTH, "special meal request");
        p.field("booking.ssr", RELIGION + " or " + HEALTH, "special service requests (meal and medical SSRs)");
        p.field("booking.ssrCodes", RELIGION + " or " + HEALTH, "special service requests (meal and medical SSRs)");
        p.field("booking.ssrText", "special categories", "free text of special service requests");
        p.field("booking.remarks", "special categories", "free-text PNR remarks");
        p.field("booking.osi", "special categories", "free-text other service information (OSI)");
        p.field("booking.generalRemarks", "special categories", "free-text general remarks (RM)");
        p.field("passenger.wheelchair", HEALTH, "wheelchair assistance");
        p.field("passenger.assistance", HEALTH, "assistance for reduced mobility");

        // Religious and belief-based meal SSR codes (IATA AIRIMP).
        p.value("MOML", RELIGION, "Muslim meal SSR code");
        p.value("KSML", RELIGION, "kosher meal SSR code");
        p.value("HNML", RELIGION, "Hindu meal SSR code");
        p.value("VJML", RELIGION, "vegetarian Jain meal SSR code");
        p.value("VGML", RELIGION, "vegetarian vegan meal SSR code");
        p.value("VLML", RELIGION, "vegetarian lacto-ovo meal SSR code");
        p.value("VOML", RELIGION, "vegetarian oriental meal SSR code");
        p.value("AVML", RELIGION, "Asian vegetarian (Hindu) meal SSR code");
        p.value("RVML", RELIGION, "raw vegetarian meal SSR code");
        p.value("SPML", RELIGION + " or " + HEALTH, "special meal SSR code (free-text reason)");
        // Medical meal SSR codes.
        p.value("DBML", HEALTH, "diabetic meal SSR code");
        p.value("GFML", HEALTH, "gluten-free meal SSR code");
        p.value("LSML", HEALTH, "low-salt meal SSR code");
        p.value("LFML", HEALTH, "low-fat meal SSR code");
        p.value("LCML", HEALTH, "low-calorie meal SSR code");
        p.value("NLML", HEALTH, "lactose-free meal SSR code");
        p.value("BLML", HEALTH, "bland meal SSR code");
        p.value("NFML", HEALTH, "nut-free meal SSR code");
        // Medical and assistance SSR codes.
        p.value("WCHR", HEALTH, "wheelchair (ramp) SSR code");
        p.value("WCHS", HEALTH, "wheelchair (steps) SSR code");
        p.value("WCHC", HEALTH, "wheelchair (cabin seat) SSR code");
        p.value("WCBD", HEALTH, "wheelchair dry-cell battery SSR code");
        p.value("WCBW", HEALTH, "wheelchair wet-cell battery SSR code");
        p.value("WCMP", HEALTH, "manual wheelchair SSR code");
        p.value("WCOB", HEALTH, "on-board wheelchair SSR code");
        p.value("WCLB", HEALTH, "wheelchair lithium battery SSR code");
        p.value("MEDA", HEALTH, "medical case SSR code");
        p.value("MAAS", HEALTH, "meet-and-assist SSR code");
        p.value("DEAF", HEALTH, "deaf passenger SSR code");
        p.value("BLND", HEALTH, "blind passenger SSR code");
        p.value("DPNA", HEALTH, "disabled passenger needing assistance SSR code");
        p.value("STCR", HEALTH, "stretcher SSR code");
        p.value("OXYG", HEALTH, "medical oxygen SSR code");
        p.value("LEGL", HEALTH, "leg space for a medical reason SSR code");
        p.value("SVAN", HEALTH, "service animal SSR code");
        p.value("ESAN", HEALTH, "emotional support animal SSR code");
        p.value("PPOC", HEALTH, "portable oxygen concentrator SSR code");
        p.value("POCS", HEALTH, "portable oxygen concentrator SSR code");
        p.value("CPAP", HEALTH, "respiratory device SSR code");
        return p;
    }

    private void field(String id, String category, String why) {
        blockedFields.put(id.toLowerCase(Locale.ROOT), new BlockedTerm(id, category, why));
    }

    private void value(String code, String category, String why) {
        blockedValues.put(code, new BlockedTerm(code, category, why));
    }

    /** The blocked attribute a field id names, case-insensitively, if any. */
    public Optional<BlockedTerm> blockedField(String fieldId) {
        return fieldId == null
                ? Optional.empty()
                : Optional.ofNullable(blockedFields.get(fieldId.strip().toLowerCase(Locale.ROOT)));
    }

    /** The proxy code a rule value is (after trimming, case-insensitively), if any. */
    public Optional<BlockedTerm> blockedValue(Object value) {
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        return Optional.ofNullable(blockedValues.get(s.strip().toUpperCase(Locale.ROOT)));
    }

    public Collection<BlockedTerm> blockedFields() {
        return blockedFields.values();
    }

    public Collection<BlockedTerm> blockedValues() {
        return blockedValues.values();
    }
}
