package org.piu.targeting.workbench.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.RuleDocumentException;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.engine.rule.RuleValidator;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.workbench.base.api.UnreadableDocument;
import org.springframework.stereotype.Component;

/**
 * Reads an asset's text as the document of its kind and validates it against the field catalog and the named lists,
 * so the editor can show problems before saving and the repository never stores what cannot be read.
 */
@Component
class AssetChecker {

    private final RuleValidator validator;

    AssetChecker(RuleValidator validator) {
        this.validator = validator;
    }

    public AssetCheck check(AssetKind kind, String id, String text, Collection<NamedList> lists) {
        String documentId;
        List<RuleProblem> problems = new ArrayList<>();
        try {
            switch (kind) {
                case RULE -> {
                    RuleDocument rule = RuleDocuments.parseRule(text);
                    documentId = rule.id();
                    problems.addAll(validator.validate(rule, lists));
                }
                case LIST -> {
                    NamedList list = RuleDocuments.parseList(text);
                    documentId = list.id();
                    problems.addAll(validator.validate(list));
                }
                case SCENARIO -> documentId = RuleDocuments.parseScenario(text).id();
                default -> throw new IllegalStateException("unknown asset kind " + kind);
            }
        } catch (RuleDocumentException e) {
            UnreadableDocument why = UnreadableDocument.of(e);
            String path = why.path().isEmpty() ? "document" : why.path();
            RuleProblem unreadable =
                    new RuleProblem(id, path, RuleProblem.Level.ERROR, why.detail("the document cannot be read"), null);
            return new AssetCheck(List.of(unreadable), List.of(unreadable));
        }
        List<RuleProblem> blocking = new ArrayList<>();
        if (!id.equals(documentId)) {
            RuleProblem mismatch = new RuleProblem(
                    id,
                    "id",
                    RuleProblem.Level.ERROR,
                    "the document's id '" + documentId + "' differs from its name '" + id + "'",
                    null);
            blocking.add(mismatch);
            problems.addFirst(mismatch);
        }
        problems.stream().filter(p -> p.legalReason() != null).forEach(blocking::add);
        return new AssetCheck(blocking, problems);
    }
}
