package dev.readinglist.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.readinglist.ui.common.FxBackground;
import java.sql.DriverManager;
import java.util.Set;
import javafx.application.Platform;
import org.sqlite.SQLiteConfig;

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
                    "dev.readinglist.index..",
                    "dev.readinglist.sync..");

    @ArchTest
    static final ArchRule theMergeNeedsOnlyTheModel = noClasses()
            .that()
            .resideInAPackage("dev.readinglist.sync..")
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
                    "dev.readinglist.index..",
                    "dev.readinglist.instance..")
            .because("the merge is a pure function of the operations: no files, no database, no clock of its own");

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

    /** Java APIs that open a file by its path (a directory listing or a stat opens none). */
    static final DescribedPredicate<JavaAccess<?>> OPENS_A_FILE = new DescribedPredicate<>("opens a file by its path") {
        private static final Set<String> FILES = Set.of(
                "newInputStream",
                "newOutputStream",
                "newByteChannel",
                "newBufferedReader",
                "newBufferedWriter",
                "readAllBytes",
                "readString",
                "readAllLines",
                "lines",
                "write",
                "writeString",
                "copy",
                "probeContentType",
                "mismatch");
        private static final Set<String> CONSTRUCTED = Set.of(
                "java.io.FileInputStream",
                "java.io.FileOutputStream",
                "java.io.RandomAccessFile",
                "java.io.FileReader",
                "java.io.FileWriter",
                "java.util.zip.ZipFile",
                "java.util.jar.JarFile",
                "java.util.logging.FileHandler",
                "java.util.Scanner");

        @Override
        public boolean test(JavaAccess<?> access) {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            return (owner.equals("java.nio.file.Files") && FILES.contains(name))
                    || (owner.endsWith("FileChannel") && name.equals("open"))
                    || (name.equals("<init>") && CONSTRUCTED.contains(owner));
        }
    };

    @ArchTest
    static final ArchRule onlyTheGatewaysOpenFiles = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("dev.readinglist.platform.UserFiles")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.io.AtomicFileWriter")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.store.LibraryBackups")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.platform.instance.InstanceLock")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.platform.ErrorLog")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.platform.MappedFile")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.Main")
            .should()
            .accessTargetWhere(OPENS_A_FILE)
            .because("nothing of ours may open the library's files except SQLite: a close drops the process's"
                    + " locks on them. UserFiles and AtomicFileWriter refuse those files; LibraryBackups opens only"
                    + " backups it checked the same way; InstanceLock its lock file, ErrorLog its log, MappedFile the"
                    + " search index file (refusing those files too), Main stdout");

    @ArchTest
    static final ArchRule sqliteConnectionsOpenInOnePlace = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("dev.readinglist.store.Connections")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.store.OpenFileDescriptionLocks")
            .should()
            .callMethod(SQLiteConfig.class, "createConnection", String.class)
            .orShould()
            .callMethod(DriverManager.class, "getConnection", String.class)
            .because("SQLite's locks are made per descriptor before the first file is opened (see Connections)");

    @ArchTest
    static final ArchRule theSystemChoosersOnlyOnWindows = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("dev.readinglist.ui.common.FxOpenFileChooser")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.ui.common.FxSaveFileChooser")
            .and()
            .doNotHaveFullyQualifiedName("dev.readinglist.ui.common.FxFolderChooser")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javafx.stage.FileChooser")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javafx.stage.DirectoryChooser")
            .because("GTK's chooser opens the files of the folders it lists in this process, dropping the library's"
                    + " locks; ReadingListApp uses the FX ones only on Windows, and ui.choosing elsewhere");

    @ArchTest
    static final ArchRule windowPartsHaveNoCycles = slices().matching("dev.readinglist.ui.(*)..")
            .should()
            .beFreeOfCycles()
            .because("each part of the window (table, details, main…) can be read and tested on its own");

    @ArchTest
    static final ArchRule theWindowUsesOnlyTheLibraryLayer = noClasses()
            .that()
            .resideInAPackage("dev.readinglist.ui..")
            .should()
            .dependOnClassesThat(resideInAPackage("dev.readinglist..")
                    .and(DescribedPredicate.not(resideInAnyPackage(
                            "dev.readinglist.ui..",
                            "dev.readinglist.library..",
                            "dev.readinglist.model..",
                            "dev.readinglist.platform.."))))
            .because("the window talks to the core through the library; the store, the index, import and export"
                    + " stay behind it");

    @ArchTest
    static final ArchRule onlyFxBackgroundHandsWorkToTheFxThread = noClasses()
            .that()
            .doNotBelongToAnyOf(FxBackground.class)
            .should()
            .callMethod(Platform.class, "runLater", Runnable.class)
            .because("view models hear from other threads through Background.onUiThread, which tests replace");
}
