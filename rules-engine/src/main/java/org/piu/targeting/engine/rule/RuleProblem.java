package org.piu.targeting.engine.rule;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something wrong with a rule or list, said precisely enough to fix it: which rule, where in the document
 * ({@code when.all[2].value}), what, and for sensitive data the legal reason.
 *
 * @param level ERROR excludes the rule from a release; WARNING does not (e.g. review date passed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleProblem(String ruleId, String path, Level level, String message, String legalReason) {

    public enum Level {
        ERROR,
        WARNING
    }

    public static RuleProblem error(String ruleId, String path, String message) {
        return new RuleProblem(ruleId, path, Level.ERROR, message, null);
    }

    public static RuleProblem warning(String ruleId, String path, String message) {
        return new RuleProblem(ruleId, path, Level.WARNING, message, null);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    @Override
    public String toString() {
        return level + " rule " + ruleId + (path == null || path.isEmpty() ? "" : " at " + path) + ": " + message
                + (legalReason == null ? "" : " [" + legalReason + "]");
    }
}
