package dev.ssprpreflight.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import dev.ssprpreflight.directory.DirectoryHealth;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.directory.SsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditTrail;

/**
 * The dependency rule of DESIGN.md §3: the check core depends on nothing of ours, adapters on the
 * core only, the pages on the core, the attempt log and the shared web pieces (the console's health
 * page also on the directory's read-only status ports), and nothing on the pages.
 */
class DependencyRuleTest {

    private static final String ROOT = "dev.ssprpreflight";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /**
     * No two packages need each other, whatever the rules below allow: the directory's ports do not reach back into
     * its adapters (the producers that choose an adapter live in {@code wiring}), and so on for every package.
     */
    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void checkCoreDependsOnNothingOfOursAndNoFramework() {
        noClasses().that().resideInAPackage(ROOT + ".check..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".check..", "java..")
                .check(classes);
    }

    @Test
    void sharedWebPiecesDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".check..", ROOT + ".directory..",
                        ROOT + ".journey..", ROOT + ".admin..", ROOT + ".audit..", ROOT + ".wiring..")
                .check(classes);
    }

    /** The directory adapters implement the core's port and the scan's listing port, and see nothing else of ours. */
    @Test
    void directoryDependsOnTheCoreOnly() {
        noClasses().that().resideInAPackage(ROOT + ".directory..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".journey..", ROOT + ".admin..",
                        ROOT + ".audit..", ROOT + ".wiring..", ROOT + ".scan.store..")
                .check(classes);
    }

    /** The readiness scan runs the core over its ports; adapters and the database come in from outside. */
    @Test
    void scanDependsOnTheCoreOnly() {
        noClasses().that().resideInAPackage(ROOT + ".scan..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".directory..", ROOT + ".journey..",
                        ROOT + ".admin..", ROOT + ".audit..", ROOT + ".wiring..", ROOT + ".operations..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".scan")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".scan.store..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    /** The Graph adapter sees the shared mirror through the {@code MirrorStore} port only, never its database. */
    @Test
    void graphAdapterSeesTheSharedMirrorThroughItsPortOnly() {
        noClasses().that().resideInAPackage(ROOT + ".directory.graph..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".directory.store..", "java.sql..",
                        "javax.sql..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".directory.store..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".directory.graph..", "com.microsoft..")
                .check(classes);
    }

    /**
     * The shared JDBC layer (one transaction helper, one lease) knows no table of ours and depends on nothing of
     * ours; only the two database adapters use it, so no other package reaches the database around them.
     */
    @Test
    void onlyTheDatabaseAdaptersUseTheSharedJdbcLayer() {
        classes().that().resideInAPackage(ROOT + ".jdbc..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".jdbc..", "java..", "javax.sql..")
                .check(classes);
        classes().that().resideInAPackage(ROOT + ".jdbc..")
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(ROOT + ".jdbc..", ROOT + ".scan.store..",
                        ROOT + ".directory.store..")
                .check(classes);
    }

    @Test
    void auditDependsOnTheCoreOnly() {
        noClasses().that().resideInAPackage(ROOT + ".audit..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".journey..", ROOT + ".admin..",
                        ROOT + ".directory..", ROOT + ".wiring..")
                .check(classes);
    }

    @Test
    void pagesDependOnTheCoreAndTheAttemptLogOnly() {
        noClasses().that().resideInAnyPackage(ROOT + ".journey..", ROOT + ".admin..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".wiring..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".journey..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".directory..")
                .check(classes);
    }

    /**
     * The one exception to the rule above, for the console's tenant health page (DESIGN §5): it reads the
     * two read-only status ports, {@code DirectoryStatus} (what the adapter has seen) and
     * {@code DirectoryHealth} (the readiness check's cached probe and mirror rule), and nothing else of
     * {@code directory}: no adapter, no settings, no store. It never probes Graph itself, so that a page view
     * cannot add Graph calls to the readiness check's one cached probe, nor hang on Graph. The funnel and the
     * attempt detail read Entra's SSPR events through the read-only {@code SsprAuditTrail} port and its event
     * record, never the store that keeps them.
     */
    @Test
    void theConsoleSeesTheDirectoryThroughItsStatusPortsOnly() {
        DescribedPredicate<JavaClass> statusPorts = JavaClass.Predicates
                .belongToAnyOf(DirectoryStatus.class, FailureKind.class, DirectoryHealth.class, SsprAuditTrail.class)
                .or(JavaClass.Predicates.equivalentTo(SsprAuditStore.Event.class));
        noClasses().that().resideInAPackage(ROOT + ".admin..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(ROOT + ".directory..")
                        .and(DescribedPredicate.not(statusPorts)))
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".admin..")
                .should().callMethod(DirectoryStatus.class, "probe", Duration.class)
                .check(classes);
    }

    @Test
    void operationsWatchesTheCoreAndTheDirectoryStatusOnly() {
        noClasses().that().resideInAPackage(ROOT + ".operations..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".journey..", ROOT + ".admin..",
                        ROOT + ".audit..", ROOT + ".wiring..", ROOT + ".directory.demo..", ROOT + ".directory.graph..")
                .check(classes);
    }

    @Test
    void onlyTheWiringUsesOperations() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".operations..", ROOT + ".wiring..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".operations..")
                .check(classes);
    }

    @Test
    void nothingDependsOnThePages() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".journey..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".journey..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(ROOT + ".admin..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".admin..")
                .check(classes);
    }

    @Test
    void graphSdkTypesStayInTheGraphAdapter() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".directory.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.graph..", "com.microsoft.kiota..",
                        "com.azure..")
                .check(classes);
    }
}
