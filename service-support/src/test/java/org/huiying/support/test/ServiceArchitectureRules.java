package org.huiying.support.test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service keeps, whichever it is. A service's {@code ArchitectureTest} imports its own classes and
 * runs them with {@code @ArchTest static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);}.
 */
public final class ServiceArchitectureRules {

    private static final Set<String> SERVICES = Set.of("intake", "routing", "sla", "reporting");
    private static final String ROOT = "org.huiying.";

    private ServiceArchitectureRules() {
    }

    @ArchTest
    static final ArchRule shouldNotDependOnWebKafkaOrMongoWhenAClassIsAnAggregate = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.http..", "org.springframework.kafka..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "org.springframework.data.mongodb..")
            .because("an aggregate decides from its events alone; web, Kafka and Mongo stay at the edges")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule shouldNotDependOnAnotherServiceWhenAClassBelongsToAService = classes()
            .should(dependOnlyOnTheirOwnService())
            .because("services share only the event contracts and service-support, never each other's classes");

    @ArchTest
    static final ArchRule shouldLiveInAFeaturePackageWhenAClassIsAController = classes()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should(resideInAFeaturePackage())
            .because("a controller belongs to the feature it exposes")
            .allowEmptyShould(true);

    private static ArchCondition<JavaClass> dependOnlyOnTheirOwnService() {
        return new ArchCondition<>("depend on no other service's classes") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = serviceOf(item.getPackageName());
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = serviceOf(dependency.getTargetClass().getPackageName());
                    if (SERVICES.contains(target) && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> resideInAFeaturePackage() {
        return new ArchCondition<>("reside in a feature package of its service, not its root or a config package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                List<String> segments = List.of(item.getPackageName().split("\\."));
                boolean feature = segments.size() >= 4 && SERVICES.contains(segments.get(2))
                        && !segments.contains("config");
                if (!feature) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in " + item.getPackageName()));
                }
            }
        };
    }

    /** {@code routing} for {@code org.huiying.routing.rules}; empty outside the services. */
    private static String serviceOf(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return "";
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
