package org.piu.targeting.engine.compile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.rule.CheckedRule;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.engine.rule.RuleValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns rule revisions and named lists into a {@link CompiledRelease}. Each rule is validated on its own; the
 * valid ones are compiled together into one KieBase (fast), and if Drools still rejects something, the culprit
 * rules are found (by the rule name or line Drools reports, else by bisection), reported and left out, so one
 * broken rule never takes the others down. Slow (seconds for thousands of rules): call it off the request path.
 */
public final class ReleaseCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseCompiler.class);
    private static final Pattern RULE_NAME = Pattern.compile("\\br(\\d+)\\b");
    private static final int MAX_ROUNDS = 4;

    private final RuleValidator validator;
    private final DrlWriter writer;
    private final Clock clock;

    public ReleaseCompiler(FieldCatalog catalog) {
        this(catalog, Clock.systemUTC());
    }

    public ReleaseCompiler(FieldCatalog catalog, Clock clock) {
        this(new RuleValidator(catalog, clock), new DrlWriter(), clock);
    }

    ReleaseCompiler(RuleValidator validator, DrlWriter writer, Clock clock) {
        this.validator = validator;
        this.writer = writer;
        this.clock = clock;
    }

    public CompiledRelease compile(String releaseId, List<RuleRevision> revisions, List<NamedList> lists) {
        long started = System.nanoTime();
        if (releaseId == null || releaseId.isBlank()) {
            throw new IllegalArgumentException("a release needs an id");
        }
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, NamedList> listIndex = new LinkedHashMap<>();
        for (NamedList list : lists) {
            List<RuleProblem> lp = validator.validate(list);
            problems.addAll(lp);
            if (listIndex.putIfAbsent(list.id(), list) != null) {
                problems.add(RuleProblem.error("list:" + list.id(), "id", "two named lists with the same id"));
            }
        }
        List<RuleRevision> ordered = new ArrayList<>(revisions);
        ordered.sort(
                Comparator.comparing((RuleRevision r) -> String.valueOf(r.rule().id())));
        Set<String> seen = new HashSet<>();
        List<CheckedRule> valid = new ArrayList<>();
        for (RuleRevision rev : ordered) {
            if (!seen.add(String.valueOf(rev.rule().id()))) {
                problems.add(RuleProblem.error(
                        rev.rule().id(),
                        "id",
                        "the release contains this rule id twice " + "(revision " + rev.revision() + " left out)"));
                continue;
            }
            RuleValidator.Validation v = validator.check(rev, listIndex);
            problems.addAll(v.problems());
            v.rule().ifPresent(valid::add);
        }

        RuleConstants constants = new RuleConstants();
        List<CompiledRule> compiled = new ArrayList<>();
        for (CheckedRule r : valid) {
            int index = compiled.size();
            compiled.add(new CompiledRule(index, r, writer.rule(index, r, constants)));
        }
        constants.freeze();

        KieBase kieBase = null;
        List<CompiledRule> included = compiled;
        for (int round = 0; round < MAX_ROUNDS && !included.isEmpty(); round++) {
            Build build = build(included);
            if (build.errors.isEmpty()) {
                kieBase = build.kieBase;
                break;
            }
            Map<Integer, String> culprits = build.attributed;
            if (culprits.isEmpty() || build.unattributed) {
                culprits = new LinkedHashMap<>(culprits);
                bisect(included, culprits);
            }
            if (culprits.isEmpty()) {
                throw new IllegalStateException("Drools rejected release " + releaseId + " but no single rule could be "
                        + "blamed: " + build.errors);
            }
            List<CompiledRule> next = new ArrayList<>();
            for (CompiledRule r : included) {
                String message = culprits.get(r.index());
                if (message == null) {
                    next.add(r);
                } else {
                    problems.add(
                            RuleProblem.error(r.ruleId(), "when", "Drools rejected the generated rule: " + message));
                    LOG.warn("rule {} excluded from release {}: {}", r.ruleId(), releaseId, message);
                }
            }
            included = next;
        }
        if (kieBase == null && !included.isEmpty()) {
            throw new IllegalStateException(
                    "release " + releaseId + " did not compile after " + MAX_ROUNDS + " rounds");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String hash = hash(ordered, lists);
        LOG.info(
                "compiled release {}: {} rules, {} problems, {} ms",
                releaseId,
                included.size(),
                problems.size(),
                took.toMillis());
        return new CompiledRelease(
                releaseId, hash, Instant.now(clock), took, included, problems, lists, kieBase, constants);
    }

    private record Build(KieBase kieBase, List<String> errors, Map<Integer, String> attributed, boolean unattributed) {}

    private Build build(List<CompiledRule> rules) {
        DrlWriter.Assembled drl = writer.assemble(rules);
        KnowledgeBuilderConfiguration conf =
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(ReleaseCompiler.class.getClassLoader());
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        kb.add(ResourceFactory.newByteArrayResource(drl.text().getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        List<String> errors = new ArrayList<>();
        Map<Integer, String> attributed = new LinkedHashMap<>();
        boolean unattributed = false;
        Set<Integer> present = new HashSet<>();
        rules.forEach(r -> present.add(r.index()));
        for (KnowledgeBuilderResult e : kb.getResults(ResultSeverity.ERROR)) {
            String message =
                    e.getMessage() == null ? e.toString() : e.getMessage().strip();
            errors.add(message);
            Integer rule = null;
            Matcher m = RULE_NAME.matcher(e.toString());
            while (m.find() && rule == null) {
                int candidate = Integer.parseInt(m.group(1));
                if (present.contains(candidate)) {
                    rule = candidate;
                }
            }
            if (rule == null && e.getLines() != null) {
                for (int line : e.getLines()) {
                    int owner = drl.ruleAt(line);
                    if (owner >= 0) {
                        rule = owner;
                        break;
                    }
                }
            }
            if (rule == null) {
                unattributed = true;
            } else {
                attributed.merge(rule, firstLine(message), (a, b) -> a);
            }
        }
        return new Build(errors.isEmpty() ? kb.newKieBase() : null, errors, attributed, unattributed);
    }

    /** Finds the rules Drools rejects by compiling halves; only used when errors cannot be attributed. */
    private void bisect(List<CompiledRule> rules, Map<Integer, String> culprits) {
        Build b = build(rules);
        if (b.errors.isEmpty()) {
            return;
        }
        if (rules.size() == 1) {
            culprits.putIfAbsent(rules.get(0).index(), firstLine(b.errors.get(0)));
            return;
        }
        int mid = rules.size() / 2;
        bisect(rules.subList(0, mid), culprits);
        bisect(rules.subList(mid, rules.size()), culprits);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String s = nl < 0 ? message : message.substring(0, nl);
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    static String hash(List<RuleRevision> revisions, List<NamedList> lists) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<RuleRevision> rs = new ArrayList<>(revisions);
            rs.sort(Comparator.comparing(
                            (RuleRevision r) -> String.valueOf(r.rule().id()))
                    .thenComparing(RuleRevision::revision));
            for (RuleRevision r : rs) {
                sha.update(("rule\n" + r.revision() + "\n" + RuleDocuments.canonicalJson(r.rule()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            List<NamedList> ls = new ArrayList<>(lists);
            ls.sort(Comparator.comparing((NamedList l) -> String.valueOf(l.id())));
            for (NamedList l : ls) {
                sha.update(("list\n" + RuleDocuments.canonicalJson(l) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
