package org.huiying.routing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.huiying.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule shouldNotDependOnWebKafkaOrMongoWhenAClassIsAnAggregate = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.http..", "org.springframework.kafka..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "org.springframework.data.mongodb..")
            .because("an aggregate decides from its events alone; web, Kafka and Mongo stay at the edges");

    @ArchTest
    static final ArchRule shouldNotDependOnAnotherServiceWhenAClassBelongsToThisService = noClasses()
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.huiying.intake..", "org.huiying.sla..", "org.huiying.reporting..")
            .because("services share only the event contracts and service-support, never each other's classes");

    @ArchTest
    static final ArchRule shouldLiveInAFeaturePackageWhenAClassIsAController = classes()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("org.huiying.routing.*..")
            .andShould().resideOutsideOfPackage("..config..")
            .because("a controller belongs to the feature it exposes");
}
