package dk.henvis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package by feature; dependencies point inward to {@code catalog}; only {@code ui} knows JavaFX. */
@AnalyzeClasses(packages = "dk.henvis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("dk.henvis.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("views live in dk.henvis.ui; everything else runs headless");

    @ArchTest
    static final ArchRule catalogDependsOnNoFeature = noClasses()
            .that().resideInAPackage("dk.henvis.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.henvis.formats..", "dk.henvis.sync..",
                    "dk.henvis.matching..", "dk.henvis.handout..", "dk.henvis.referrals..", "dk.henvis.ui..", "dk.henvis.cli..",
                    "dk.henvis.app..")
            .because("catalog is the centre every feature depends on");

    @ArchTest
    static final ArchRule featuresDoNotUseTheShell = noClasses()
            .that().resideInAnyPackage("dk.henvis.catalog..", "dk.henvis.formats..", "dk.henvis.sync..",
                    "dk.henvis.matching..", "dk.henvis.handout..", "dk.henvis.referrals..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.henvis.ui..", "dk.henvis.cli..",
                    "dk.henvis.app..")
            .because("features are used by the GUI and the command line, never the other way round");

    @ArchTest
    static final ArchRule onlyAppWiresTheShells = noClasses()
            .that().resideInAnyPackage("dk.henvis.ui..", "dk.henvis.cli..")
            .should().dependOnClassesThat().resideInAPackage("dk.henvis.app..")
            .because("app is the composition root; it depends on the shells, not the reverse");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dk.henvis.(*)..").should().beFreeOfCycles();
}
