package nl.brabant.regiotafel;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** Holds the feature boundaries of CONVENTIONS.md. */
class ArchitectureTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("nl.brabant.regiotafel");

    @Test
    void featuresHaveNoCycles() {
        slices().matching("nl.brabant.regiotafel.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The ground floor: every feature may use base, base uses none of them (nor the shell). */
    @Test
    void baseUsesNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("nl.brabant.regiotafel.base..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("nl.brabant.regiotafel..")
                                .and(not(resideInAPackage("nl.brabant.regiotafel.base.."))))
                .check(CLASSES);
    }

    /**
     * The shell (main layout, start page, navigation) sits above the features: none of them uses
     * it.
     */
    @Test
    void noFeatureUsesTheShell() {
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.brabant.regiotafel.shell..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.brabant.regiotafel.shell..")
                .check(CLASSES);
    }

    /**
     * One Spring context for the whole suite, as {@link IntegrationTest} explains: no test class
     * declares a context of its own or changes the shared one (each of these would start a second
     * context, whose security-context strategy would leave signed-in tests of the first
     * unauthenticated), and no test configuration is picked up by the suite's component scan.
     */
    @Test
    void theSuiteRunsOnOneSpringContext() {
        JavaClasses tests =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                        .importPackages("nl.brabant.regiotafel");
        noClasses()
                .that()
                .doNotBelongToAnyOf(IntegrationTest.class)
                .should()
                .beAnnotatedWith(SpringBootTest.class)
                .orShould()
                .beAnnotatedWith(ContextConfiguration.class)
                .orShould()
                .beAnnotatedWith(TestPropertySource.class)
                .orShould()
                .beAnnotatedWith(ActiveProfiles.class)
                .orShould()
                .beAnnotatedWith(DirtiesContext.class)
                .orShould()
                .beMetaAnnotatedWith(Component.class)
                .check(tests);
        noFields()
                .should()
                .beAnnotatedWith(MockitoBean.class)
                .orShould()
                .beAnnotatedWith(MockitoSpyBean.class)
                .allowEmptyShould(true)
                .check(tests);
        noMethods()
                .should()
                .beAnnotatedWith(DynamicPropertySource.class)
                .allowEmptyShould(true)
                .check(tests);
    }

    @Test
    void servicesAndDomainNeverUseTheUi() {
        noClasses()
                .that()
                .resideOutsideOfPackages("nl.brabant.regiotafel..ui..")
                .and()
                .doNotHaveSimpleName("SecurityConfiguration")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.brabant.regiotafel..ui..")
                .check(CLASSES);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyWithinTheirFeature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void everyServiceGuardsItsMethods() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and()
                .doNotHaveSimpleName("AppUserDetailsService")
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }
}
