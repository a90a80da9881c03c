package org.huiying.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.huiying.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule shouldNotDependOnAnotherServiceWhenAClassBelongsToThisService = noClasses()
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.huiying.intake..", "org.huiying.routing..", "org.huiying.sla..")
            .because("services share only the event contracts and service-support, never each other's classes");

    @ArchTest
    static final ArchRule shouldLiveInAFeaturePackageWhenAClassIsAController = classes()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("org.huiying.reporting.*..")
            .andShould().resideOutsideOfPackage("..config..")
            .because("a controller belongs to the feature it exposes");
}
