package org.piu.targeting.sample.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.engine.rule.RuleProblem;

class RuleGeneratorTest {

    @Test
    void generated_rules_all_compile_with_the_real_compiler() {
        CompiledRelease release = new ReleaseCompiler(FieldCatalog.standard())
                .compile("gen", new RuleGenerator(5).revisions(300), RuleGenerator.lists());
        assertThat(release.problems()).filteredOn(RuleProblem::isError).isEmpty();
        assertThat(release.rules()).hasSize(300);
    }

    @Test
    void generation_is_deterministic_and_varied() {
        List<RuleDocument> a = new RuleGenerator(9).rules(200);
        List<RuleDocument> b = new RuleGenerator(9).rules(200);
        assertThat(a.stream().map(RuleDocuments::canonicalJson).toList())
                .isEqualTo(b.stream().map(RuleDocuments::canonicalJson).toList());
        assertThat(new RuleGenerator(9).rule(150)).isEqualTo(a.get(150));
        Set<String> titles =
                a.stream().map(r -> r.title().replaceAll("[0-9]+", "N")).collect(Collectors.toSet());
        assertThat(titles).hasSizeGreaterThanOrEqualTo(12);
        assertThat(a.stream().map(RuleDocuments::canonicalJson).distinct()).hasSizeGreaterThan(190);
    }
}
