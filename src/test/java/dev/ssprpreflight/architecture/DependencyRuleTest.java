package dev.ssprpreflight.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

    /**
     * What each package may use of ours, as allow-lists: a new dependency is a decision to write down here, not one
     * that slips through a list of what is forbidden. Each package has its own line (its subpackages may be used
     * freely, and have lines of their own). Libraries are not listed (the rules below confine the Graph SDK and
     * JDBC); {@code wiring}, which assembles everything, may use every package.
     */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("check", List.of()),
            Map.entry("web", List.of()),
            Map.entry("jdbc", List.of()),
            // The attempt log is a database adapter too: its rows go through the shared JDBC layer.
            Map.entry("audit", List.of("check", "jdbc")),
            Map.entry("scan", List.of("check")),
            Map.entry("scan.store", List.of("check", "scan", "jdbc")),
            // The directory's ports and adapters implement the core's port and the scan's listing port.
            Map.entry("directory", List.of("check", "scan")),
            Map.entry("directory.demo", List.of("check", "directory", "scan")),
            Map.entry("directory.graph", List.of("check", "directory", "scan")),
            Map.entry("directory.store", List.of("check", "directory", "jdbc")),
            Map.entry("journey", List.of("check", "audit", "web")),
            Map.entry("journey.challenge", List.of("journey.ratelimit")),
            Map.entry("journey.ratelimit", List.of()),
            // The console also reads the directory, through its status ports only (the rule below).
            Map.entry("admin", List.of("check", "audit", "scan", "web", "directory")),
            Map.entry("admin.funnel", List.of("check", "directory")),
            Map.entry("admin.signin", List.of("admin", "web")),
            Map.entry("operations", List.of("check", "directory")));

    /** The packages that assemble the others and may use them all. */
    private static final Set<String> ASSEMBLY = Set.of("wiring");

    @Test
    void eachPackageUsesOnlyWhatItIsAllowed() {
        ALLOWED.forEach((pkg, allowed) -> {
            DescribedPredicate<JavaClass> permitted = JavaClass.Predicates.resideOutsideOfPackage(ROOT + "..")
                    .or(JavaClass.Predicates.resideInAPackage(ROOT + "." + pkg + ".."));
            for (String other : allowed) {
                permitted = permitted.or(JavaClass.Predicates.resideInAPackage(ROOT + "." + other + ".."));
            }
            classes().that().resideInAPackage(ROOT + "." + pkg).should().onlyDependOnClassesThat(permitted)
                    .check(classes);
        });
    }

    /** A new package gets a line above before it gets its first class. */
    @Test
    void everyPackageHasAnAllowList() {
        Set<String> packages = classes.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(ROOT + ".")).map(name -> name.substring(ROOT.length() + 1))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(packages).allMatch(name -> ALLOWED.containsKey(name) || ASSEMBLY.contains(name),
                "listed in ALLOWED or ASSEMBLY");
    }

    /** The readiness scan runs the core over its ports; its store and the database come in from outside. */
    @Test
    void theScanItselfReachesNoDatabase() {
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
     * ours; only the database adapters (the attempt log, the scans' store, the directory's store) use it, so no other
     * package reaches the database around them.
     */
    @Test
    void onlyTheDatabaseAdaptersUseTheSharedJdbcLayer() {
        classes().that().resideInAPackage(ROOT + ".jdbc..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".jdbc..", "java..", "javax.sql..")
                .check(classes);
        classes().that().resideInAPackage(ROOT + ".jdbc..")
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(ROOT + ".jdbc..", ROOT + ".audit..",
                        ROOT + ".scan.store..", ROOT + ".directory.store..")
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
    void operationsWatchesTheDirectoryThroughItsPortsNotItsAdapters() {
        noClasses().that().resideInAPackage(ROOT + ".operations..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".directory.demo..", ROOT + ".directory.graph..",
                        ROOT + ".directory.store..")
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
