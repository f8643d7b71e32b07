package org.piu.targeting.workbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;
import org.piu.targeting.repo.RulesRepository;
import org.springframework.context.annotation.Configuration;

/**
 * The architecture as a test: feature packages of the workbench without cycles, views used only by views, the two
 * stores behind services, no module reaching into another module's internal package, and the application free of
 * sample data. Every module's main classes are imported (the workbench's test classpath holds them all, except the
 * demo's, which depends on the workbench); test classes are not.
 */
class ArchitectureTest {

    static final String WORKBENCH = "org.piu.targeting.workbench";

    /** The root package of each module of this project. */
    static final List<String> MODULES = List.of(
            "org.piu.targeting.model",
            "org.piu.targeting.engine",
            "org.piu.targeting.repo",
            "org.piu.targeting.matching",
            "org.piu.targeting.messages",
            "org.piu.targeting.sample",
            WORKBENCH,
            "org.piu.targeting.demo");

    static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the test-jars of other modules (matching's test Elasticsearch) are on the test classpath too
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.piu.targeting");

    @Test
    void feature_packages_of_the_workbench_have_no_cycles() {
        slices().matching(WORKBENCH + ".(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
    }

    @Test
    void views_and_their_components_are_used_only_by_views() {
        classes()
                .that()
                .resideInAPackage(WORKBENCH + "..ui..")
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAPackage(WORKBENCH + "..ui..")
                .check(MAIN_CLASSES);
    }

    @Test
    void the_rules_repository_and_the_watchlist_store_are_reached_only_from_services() {
        classes()
                .that()
                .areAssignableTo(RulesRepository.class)
                .or()
                .areAssignableTo(WatchlistStore.class)
                .should()
                .onlyHaveDependentClassesThat(
                        DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(WORKBENCH + ".."))
                                .or(servicesOrTheConfigurationThatCreatesThem()))
                .check(MAIN_CLASSES);
    }

    /**
     * Sample data and the demo are not part of the application: sample-data is only a test dependency of this module
     * (ApplicationJarIT checks the built jar), and the demo module depends on the application, never the reverse.
     */
    @Test
    void the_application_depends_on_neither_sample_data_nor_the_demo() {
        noClasses()
                .that()
                .resideInAPackage(WORKBENCH + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.piu.targeting.sample..", "org.piu.targeting.demo..")
                .check(MAIN_CLASSES);
    }

    @Test
    void no_module_reaches_into_the_internal_package_of_another_module() {
        noClasses()
                .should(dependOnTheInternalPackageOfAnotherModule())
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    /**
     * A type written with its package inside code hides a dependency from the import block, where reviewers (and
     * the rules above, for cycles that pass through it) look for them. ArchUnit sees bytecode, not source, so this
     * reads the main sources of every module; comments and string literals (generated DRL) do not count.
     */
    @Test
    void main_code_imports_the_project_types_it_uses_instead_of_naming_them_inline() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> inline = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(root, 12)) {
            for (Path file : sources.filter(
                            f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .sorted()
                    .toList()) {
                String[] lines = SourceText.withoutCommentsAndLiterals(Files.readString(file))
                        .split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    if (!line.startsWith("package ")
                            && !line.startsWith("import ")
                            && line.contains("org.piu.targeting.")) {
                        inline.add(root.relativize(file) + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(inline)
                .as("fully qualified project types in main code (import them)")
                .isEmpty();
    }

    /** Classes named {@code *Service} (nested classes and lambdas included), or a Spring configuration. */
    private static DescribedPredicate<JavaClass> servicesOrTheConfigurationThatCreatesThem() {
        return DescribedPredicate.describe(
                "are services (named *Service) or the @Configuration that creates them", javaClass -> {
                    JavaClass top = topLevel(javaClass);
                    return top.getSimpleName().endsWith("Service") || top.isAnnotatedWith(Configuration.class);
                });
    }

    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass top = javaClass;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static ArchCondition<JavaClass> dependOnTheInternalPackageOfAnotherModule() {
        return new ArchCondition<>("depend on the internal package of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = module(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    boolean internal = (target + ".").contains(".internal.");
                    if (internal
                            && MODULES.contains(module(target))
                            && !module(target).equals(from)) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The module a package belongs to: the longest matching module root, or else its first three segments. */
    static String module(String packageName) {
        return MODULES.stream()
                .filter(root -> packageName.equals(root) || packageName.startsWith(root + "."))
                .max(Comparator.comparingInt(String::length))
                .orElseGet(() -> String.join(
                        ".",
                        List.of(packageName.split("\\.")).subList(0, Math.min(3, packageName.split("\\.").length))));
    }
}
