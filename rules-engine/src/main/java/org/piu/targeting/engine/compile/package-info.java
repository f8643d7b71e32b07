/**
 * From checked rules to a {@link org.piu.targeting.engine.compile.CompiledRelease}: DRL generation
 * ({@code DrlWriter}, {@code DrlLiteral}), one Drools build per release with per-rule isolation of failures
 * ({@link org.piu.targeting.engine.compile.ReleaseCompiler}), and evaluation.
 *
 * <p>{@link org.piu.targeting.engine.compile.RuleOperators}, {@link org.piu.targeting.engine.compile.RuleConstants}
 * and {@link org.piu.targeting.engine.compile.HitSink} are public although no other module calls them: the generated
 * DRL, compiled by Drools into its own package, calls them ({@code RuleOperators.eq(...)},
 * {@code RuleConstants.v(slot, n)}, the global {@code sink}). {@code RuleOperators} is the one definition of what an
 * operator means: the reasons of a hit ({@code assess.ReasonWriter}) call the same methods.
 */
package org.piu.targeting.engine.compile;
