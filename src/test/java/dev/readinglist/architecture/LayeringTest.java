package dev.readinglist.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering the README describes, enforced. */
@AnalyzeClasses(packages = "dev.readinglist", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule coreNeverImportsJavaFx = noClasses()
            .that()
            .resideOutsideOfPackages("dev.readinglist.ui..")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.Main")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the core and the CLI must run without the JavaFX toolkit");

    @ArchTest
    static final ArchRule modelDependsOnNothingElse = noClasses()
            .that()
            .resideInAPackage("dev.readinglist.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.readinglist.store..",
                    "dev.readinglist.search..",
                    "dev.readinglist.io..",
                    "dev.readinglist.cli..",
                    "dev.readinglist.ui..",
                    "dev.readinglist.library..",
                    "dev.readinglist.catalog..",
                    "dev.readinglist.platform..",
                    "dev.readinglist.index..");

    @ArchTest
    static final ArchRule concurrentNeedsNothingElse = noClasses()
            .that()
            .resideInAPackage("dev.readinglist.concurrent..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.readinglist.model..",
                    "dev.readinglist.store..",
                    "dev.readinglist.search..",
                    "dev.readinglist.io..",
                    "dev.readinglist.cli..",
                    "dev.readinglist.ui..",
                    "dev.readinglist.library..",
                    "dev.readinglist.catalog..",
                    "dev.readinglist.platform..",
                    "dev.readinglist.index..")
            .because("the read-ahead thread is shared by imports, exports and the index, and knows none of them");

    @ArchTest
    static final ArchRule theIndexNeedsOnlyTheModel = noClasses()
            .that()
            .resideInAPackage("dev.readinglist.index..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.readinglist.store..",
                    "dev.readinglist.io..",
                    "dev.readinglist.cli..",
                    "dev.readinglist.ui..",
                    "dev.readinglist.library..",
                    "dev.readinglist.catalog..",
                    "dev.readinglist.platform..")
            .because("the window's index is plain data structures over the model, testable without a database");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesSql = noClasses()
            .that()
            .resideOutsideOfPackage("dev.readinglist.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule cliAndUiStayApart = noClasses()
            .that()
            .resideInAPackage("dev.readinglist.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.readinglist.ui..");

    @ArchTest
    static final ArchRule uiDoesNotUseTheCli = noClasses()
            .that()
            .resideInAPackage("dev.readinglist.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.readinglist.cli..");

    @ArchTest
    static final ArchRule onlyTheCliAndMainPrint = noClasses()
            .that()
            .resideOutsideOfPackage("dev.readinglist.cli..")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.Main")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");

    @ArchTest
    static final ArchRule uiReachesTheStoreOnlyThroughTheLibrary = noClasses()
            .that()
            .resideInAPackage("dev.readinglist.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.readinglist.store..");
}
