package org.layerwright.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the project: core depends on nothing of ours, io on core, train on core and io, editor on
 * core and io, cli on core, io and train; only app touches JavaFX and ControlsFX.
 */
class PackageRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.layerwright");
    }

    @Test
    void coreDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.layerwright.core..").should().dependOnClassesThat()
                .resideInAnyPackage("org.layerwright.io..", "org.layerwright.train..", "org.layerwright.editor..",
                        "org.layerwright.app..", "org.layerwright.cli..", "com.fasterxml..", "org.yaml..",
                        "io.jhdf..", "picocli..")
                .allowEmptyShould(true).check(classes);
    }

    /** Shape inference and counting never create arrays: only the weights package of core makes them. */
    @Test
    void onlyCoreWeightsCreatesArrays() {
        noClasses().that().resideInAPackage("org.layerwright.core..").and().resideOutsideOfPackage(
                "org.layerwright.core.weights..").should().dependOnClassesThat()
                .resideInAnyPackage("org.nd4j.linalg.factory..", "org.nd4j.linalg.api.ops..")
                .check(classes);
    }

    @Test
    void ioUsesOnlyCore() {
        noClasses().that().resideInAPackage("org.layerwright.io..").should().dependOnClassesThat()
                .resideInAnyPackage("org.layerwright.train..", "org.layerwright.editor..", "org.layerwright.app..",
                        "org.layerwright.cli..", "picocli..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void trainUsesCoreAndIo() {
        noClasses().that().resideInAPackage("org.layerwright.train..").should().dependOnClassesThat()
                .resideInAnyPackage("org.layerwright.editor..", "org.layerwright.app..", "org.layerwright.cli..",
                        "picocli..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void editorUsesCoreAndIo() {
        noClasses().that().resideInAPackage("org.layerwright.editor..").should().dependOnClassesThat()
                .resideInAnyPackage("org.layerwright.train..", "org.layerwright.app..", "org.layerwright.cli..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void cliUsesCoreIoAndTrain() {
        noClasses().that().resideInAPackage("org.layerwright.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("org.layerwright.editor..", "org.layerwright.app..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyAppTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.layerwright.app..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .allowEmptyShould(true).check(classes);
    }
}
