package dk.henvis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.henvis.catalog.AtomicFiles;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The package drawing of ADR 0012 as rules: every package sits in one layer and may use only the layers
 * listed for it; only {@code ui} knows JavaFX; view-models hold state, not pixels, PDFs or files; only the
 * command line (and the launcher at the process's edge) writes to the standard streams; only
 * {@link AtomicFiles} renames files into place.
 */
@AnalyzeClasses(packages = "dk.henvis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("i18n").definedBy("dk.henvis.i18n..")
            .layer("catalog").definedBy("dk.henvis.catalog..")
            .layer("formats.common").definedBy("dk.henvis.formats.common..")
            .layer("formats.hsds").definedBy("dk.henvis.formats.hsds..")
            .layer("formats.kultunaut").definedBy("dk.henvis.formats.kultunaut..")
            .layer("formats").definedBy("dk.henvis.formats")
            .layer("sync").definedBy("dk.henvis.sync..")
            .layer("matching").definedBy("dk.henvis.matching..")
            .layer("handout").definedBy("dk.henvis.handout..")
            .layer("referrals").definedBy("dk.henvis.referrals..")
            .layer("settings").definedBy("dk.henvis.settings..")
            .layer("curation").definedBy("dk.henvis.curation..")
            .layer("publish").definedBy("dk.henvis.publish..")
            .layer("core").definedBy("dk.henvis.core..")
            .layer("cli").definedBy("dk.henvis.cli..")
            .layer("ui").definedBy("dk.henvis.ui..")
            .layer("app").definedBy("dk.henvis.app..")

            .whereLayer("i18n").mayNotAccessAnyLayer()
            .whereLayer("catalog").mayOnlyAccessLayers("i18n")
            .whereLayer("formats.common").mayOnlyAccessLayers("catalog", "i18n")
            .whereLayer("formats.hsds").mayOnlyAccessLayers("formats.common", "catalog", "i18n")
            .whereLayer("formats.kultunaut").mayOnlyAccessLayers("formats.common", "catalog", "i18n")
            .whereLayer("formats").mayOnlyAccessLayers("formats.hsds", "formats.kultunaut", "formats.common",
                    "catalog", "i18n")
            .whereLayer("sync").mayOnlyAccessLayers("formats", "formats.common", "formats.hsds",
                    "formats.kultunaut", "catalog", "i18n")
            .whereLayer("matching").mayOnlyAccessLayers("catalog", "i18n")
            .whereLayer("handout").mayOnlyAccessLayers("catalog", "i18n")
            .whereLayer("referrals").mayOnlyAccessLayers("handout", "catalog", "i18n")
            .whereLayer("settings").mayOnlyAccessLayers("catalog", "i18n")
            .whereLayer("curation").mayOnlyAccessLayers("sync", "settings", "formats.common", "catalog", "i18n")
            .whereLayer("publish").mayOnlyAccessLayers("curation", "handout", "formats.hsds", "catalog", "i18n")
            .whereLayer("core").mayOnlyAccessLayers("publish", "curation", "settings", "referrals", "handout",
                    "matching", "sync", "formats", "formats.common", "formats.hsds", "formats.kultunaut",
                    "catalog", "i18n")
            .whereLayer("cli").mayOnlyAccessLayers("core", "publish", "curation", "settings", "referrals", "handout",
                    "matching", "sync", "formats", "formats.common", "formats.hsds", "formats.kultunaut",
                    "catalog", "i18n")
            .whereLayer("ui").mayOnlyAccessLayers("core", "publish", "curation", "settings", "referrals", "handout",
                    "matching", "sync", "formats", "formats.common", "formats.hsds", "formats.kultunaut",
                    "catalog", "i18n")
            .whereLayer("app").mayOnlyAccessLayers("cli", "ui", "core", "publish", "curation", "settings", "referrals",
                    "handout", "matching", "sync", "formats", "formats.common", "formats.hsds",
                    "formats.kultunaut", "catalog", "i18n")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .because("features sit on catalog, the shells (cli, ui) on the features, and app wires them (ADR 0012)");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("dk.henvis.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("views live in dk.henvis.ui; everything else runs headless");

    @ArchTest
    static final ArchRule viewModelsHoldNoPixelsPdfsOrFiles = noClasses()
            .that().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.apache.pdfbox..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(Files.class.getName())
            .because("a view-model is tested without a window: it reaches PDFs and files through a service port");

    @ArchTest
    static final ArchRule standardStreamsOnlyOnTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("dk.henvis.cli..")
            .and().doNotHaveFullyQualifiedName("dk.henvis.app.Launcher")
            .should(ACCESS_STANDARD_STREAMS)
            .because("the command line owns stdout and stderr (one Danish line per error); the rest logs or"
                    + " returns messages; the launcher says what the start repaired before any command runs");

    @ArchTest
    static final ArchRule onlyTheAtomicWriterRenamesFiles = noClasses()
            .that().doNotHaveFullyQualifiedName(AtomicFiles.class.getName())
            .should().callMethod(Files.class, "move", Path.class, Path.class, CopyOption[].class)
            .orShould().accessField(StandardCopyOption.class, "ATOMIC_MOVE")
            .because("every file is replaced whole or not at all through AtomicFiles (fsync, fallback, clean-up)");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dk.henvis.(*)..").should().beFreeOfCycles();
}
