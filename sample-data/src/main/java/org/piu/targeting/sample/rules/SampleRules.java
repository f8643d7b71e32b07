package org.piu.targeting.sample.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.RuleDocuments;

/**
 * The sample rule library: realistic, legal targeting rules (booking behaviour, routing, networks, documents,
 * watchlist combinations, protection of minors), each with justification, owner and review date, and the named
 * lists they use. The documents are YAML resources under {@code org/piu/targeting/sample/rules}, readable as they
 * will be stored in the rules repository.
 */
public final class SampleRules {

    /** Rule ids in the order a newcomer should read them. */
    public static final List<String> RULE_IDS = List.of(
            "R-CASH-ONEWAY-LATE",
            "R-HIGH-RISK-ROUTING",
            "R-SHARED-CONTACT",
            "R-SHARED-CARD",
            "R-PAYER-NOT-TRAVELLING",
            "R-DOCUMENT-EXPIRES-SOON",
            "R-WATCHLIST-REVIEW-PRIORITY-ORIGIN",
            "R-WATCHLIST-ALERT",
            "R-LOST-STOLEN-DOCUMENT",
            "R-WATCHED-AGENCY",
            "R-LONG-ITINERARY-SHORT-STOPS",
            "R-UNACCOMPANIED-MINOR-LATE",
            "R-SURFACE-SECTOR-ONEWAY",
            "R-GROUP-CASH",
            "R-DISPOSABLE-EMAIL",
            "R-API-ONLY-PASSENGER");

    public static final List<String> LIST_IDS =
            List.of("high-risk-airports", "watched-agencies", "priority-origin-airports", "disposable-email-domains");

    private SampleRules() {}

    /** The YAML text of a sample rule, as it would be committed to the rules repository. */
    public static String ruleYaml(String id) {
        return resource(id + ".yaml");
    }

    /** The YAML text of a sample named list. */
    public static String listYaml(String id) {
        return resource("lists/" + id + ".yaml");
    }

    public static List<RuleDocument> rules() {
        return RULE_IDS.stream()
                .map(id -> RuleDocuments.parseRule(ruleYaml(id), RuleDocuments.Format.YAML))
                .toList();
    }

    public static List<NamedList> lists() {
        return LIST_IDS.stream()
                .map(id -> RuleDocuments.parseList(listYaml(id), RuleDocuments.Format.YAML))
                .toList();
    }

    private static String resource(String name) {
        try (InputStream in = SampleRules.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "sample document org/piu/targeting/sample/rules/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample document " + name, e);
        }
    }
}
