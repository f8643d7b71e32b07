package org.piu.targeting.repo;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The module's layout as JGit has it: a public facade and value types, an internal package that only the facade
 * reaches, and no use of JGit's own internal packages.
 */
@AnalyzeClasses(packages = "org.piu.targeting.repo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.piu.targeting.repo";
    private static final String INTERNAL = BASE + ".internal..";

    @ArchTest
    static final ArchRule public_packages_reach_the_internal_package_only_through_the_facade = noClasses()
            .that()
            .resideInAPackage(BASE + "..")
            .and()
            .resideOutsideOfPackage(INTERNAL)
            .and(not(belongToAnyOf(RulesRepository.class)))
            .should()
            .dependOnClassesThat()
            .resideInAPackage(INTERNAL)
            .because("callers use RulesRepository and the value types; the internal package is not API");

    @ArchTest
    static final ArchRule no_class_uses_jgit_internals = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.eclipse.jgit.internal..")
            .because("JGit marks them as not API: use FileRepositoryBuilder and the public lib/api classes");

    /**
     * One slice per package, with the facade apart from the value types of the base package: everything depends on
     * {@code AssetRef} and the exceptions, the facade depends on everything, and no other cycle is allowed.
     */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles =
            slices().assignedFrom(new FacadeApart()).should().beFreeOfCycles();

    private static final class FacadeApart implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (!pkg.equals(BASE) && !pkg.startsWith(BASE + ".")) {
                return SliceIdentifier.ignore();
            }
            if (belongToAnyOf(RulesRepository.class).test(javaClass)) {
                return SliceIdentifier.of("facade");
            }
            return SliceIdentifier.of(
                    pkg.equals(BASE)
                            ? "values"
                            : pkg.substring(BASE.length() + 1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "packages of rules-repo, RulesRepository apart from the base package's value types";
        }
    }
}
