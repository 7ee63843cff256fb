package nl.brabant.regiotafel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** Holds the feature boundaries of CONVENTIONS.md. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.brabant.regiotafel");

    /** The main layout composes every feature's views; apart from it, features form no cycle. */
    @Test
    void featuresHaveNoCycles() {
        slices().matching("nl.brabant.regiotafel.(*)..")
                .should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("..base.ui.."),
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }

    @Test
    void servicesAndDomainNeverUseTheUi() {
        noClasses().that().resideOutsideOfPackages("nl.brabant.regiotafel..ui..")
                .and().doNotHaveSimpleName("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("nl.brabant.regiotafel..ui..")
                .check(CLASSES);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyWithinTheirFeature() {
        classes().that().areAssignableTo(Repository.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void everyServiceGuardsItsMethods() {
        classes().that().areAnnotatedWith(Service.class)
                .and().doNotHaveSimpleName("AppUserDetailsService")
                .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                .check(CLASSES);
    }
}
