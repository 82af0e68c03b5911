package app.footprint;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLConnection;
import org.junit.jupiter.api.Test;

/** The package rules of README.md ("How the code is organised"), held by the build. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.footprint");

    @Test
    void theModelUsesOnlyTheJavaLibrary() {
        classes().that().resideInAPackage("app.footprint.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.footprint.model..")
                .check(MAIN);
    }

    @Test
    void archivesKnowOnlyTheModelAndCommonsCompress() {
        classes().that().resideInAPackage("app.footprint.archive..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.footprint.model..",
                        "app.footprint.archive..", "org.apache.commons.compress..", "org.apache.commons.io..")
                .check(MAIN);
    }

    @Test
    void importersNeverTouchTheDatabaseOrTheScreens() {
        classes().that().resideInAPackage("app.footprint.importers..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.footprint.model..",
                        "app.footprint.archive..", "app.footprint.importers..", "com.fasterxml.jackson..",
                        "org.apache.commons.csv..", "org.apache.commons.io..", "org.jsoup..")
                .check(MAIN);
    }

    @Test
    void importersAreReachedOnlyThroughTheServiceLoader() {
        // Outside the importers, nothing names a service's package...
        noClasses().that().resideOutsideOfPackage("app.footprint.importers..")
                .should().dependOnClassesThat(resideInAPackage("app.footprint.importers.*..")
                        .and(not(resideInAPackage("app.footprint.importers.common.."))))
                .check(MAIN);
        // ...and no service's importer leans on another's: what they share lives in importers.common.
        slices().matching("app.footprint.importers.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("app.footprint.importers.common.."))
                .check(MAIN);
    }

    @Test
    void theStoreKnowsOnlyTheModelAndSqlite() {
        classes().that().resideInAPackage("app.footprint.store..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.footprint.model..",
                        "app.footprint.store..", "org.sqlite..", "com.fasterxml.jackson..")
                .check(MAIN);
    }

    @Test
    void theAnalysisReadsTheStoreAndNeverTheImporters() {
        classes().that().resideInAPackage("app.footprint.analysis..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.footprint.model..",
                        "app.footprint.store..", "app.footprint.analysis..")
                .check(MAIN);
    }

    @Test
    void requestsAreBuiltFromTheStoreAndTheAnalysisWithoutTheScreens() {
        classes().that().resideInAPackage("app.footprint.requests..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.footprint.model..",
                        "app.footprint.store..", "app.footprint.analysis..", "app.footprint.requests..",
                        "com.fasterxml.jackson..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void theDemoPersonaIsWrittenFromTheModelAlone() {
        classes().that().resideInAPackage("app.footprint.demo..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.footprint.model..",
                        "app.footprint.demo..", "com.fasterxml.jackson..", "org.apache.commons.csv..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void theBenchmarkMeasuresTheRealImportWithoutTheScreens() {
        classes().that().resideInAPackage("app.footprint.bench..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.footprint.model..",
                        "app.footprint.archive..", "app.footprint.importers", "app.footprint.store..",
                        "app.footprint.analysis..", "app.footprint.demo..", "app.footprint.bench..",
                        "com.fasterxml.jackson.core..")
                .check(MAIN);
    }

    @Test
    void nothingDependsOnTheScreensOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("app.footprint.ui..")
                .and().doNotHaveFullyQualifiedName("app.footprint.AppLauncher")
                .should().dependOnClassesThat().resideInAPackage("app.footprint.ui..")
                .allowEmptyShould(true)
                .check(MAIN);
        noClasses().that().resideOutsideOfPackages("app.footprint.cli..")
                .and().doNotHaveFullyQualifiedName("app.footprint.Main")
                .should().dependOnClassesThat().resideInAPackage("app.footprint.cli..")
                .check(MAIN);
    }

    @Test
    void javaFxStaysInTheScreens() {
        noClasses().that().resideOutsideOfPackages("app.footprint.ui..")
                .and().doNotHaveFullyQualifiedName("app.footprint.AppLauncher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..")
                .check(MAIN);
    }

    @Test
    void footprintOpensNoNetworkConnection() {
        noClasses().should().dependOnClassesThat().belongToAnyOf(Socket.class, ServerSocket.class,
                        DatagramSocket.class, URLConnection.class, HttpURLConnection.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
                .check(MAIN);
    }

    @Test
    void exportsAreParsedNeverRenderedInAWebView() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx.scene.web..").check(MAIN);
    }
}
