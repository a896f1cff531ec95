package ru.otklik;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rules of ARCHITECTURE.md, kept by the build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.otklik");
    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class, AnonymousAllowed.class);

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should(declareAccess("a view"))
                .check(CLASSES);
    }

    @Test
    void everyEjbBoundaryDeclaresWhoMayCallIt() {
        classes().that().areAnnotatedWith(Stateless.class).or().areAnnotatedWith(Singleton.class)
                .or().areAnnotatedWith(Stateful.class)
                .should(declareAccess("an EJB"))
                .andShould().resideInAPackage("..boundary..")
                .check(CLASSES);
    }

    @Test
    void entitiesDependOnNothingAboveThem() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..", "..ui..")
                .check(CLASSES);
    }

    @Test
    void controlDependsNeitherOnBoundaryNorOnUi() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..ui..")
                .check(CLASSES);
    }

    @Test
    void viewsNeverTouchTheEntityManager() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(CLASSES);
    }

    @Test
    void componentsHaveNoCycles() {
        slices().matching("ru.otklik.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void aComponentReachesAnotherOnlyThroughItsBoundaryEntitiesOrEvents() {
        classes().should(new ArchCondition<>("not use another component's control or ui") {
            private final Pattern component = Pattern.compile("ru\\.otklik\\.([a-z]+)\\.(control|ui)(\\..*)?");

            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = componentOf(item.getPackageName());
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    Matcher m = component.matcher(d.getTargetClass().getPackageName());
                    if (m.matches() && !m.group(1).equals(own) && !m.group(1).equals("base")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        }).check(CLASSES);
    }

    @Test
    void namesSayWhatThingsAre() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
                .check(CLASSES);
    }

    private static String componentOf(String packageName) {
        String rest = packageName.startsWith("ru.otklik.") ? packageName.substring("ru.otklik.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> declareAccess(String what) {
        return new ArchCondition<>("declare @RolesAllowed, @PermitAll, @DenyAll or @AnonymousAllowed") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean declared = ACCESS.stream().anyMatch(item::isAnnotatedWith);
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(item, what + " " + item.getName()
                            + " does not declare who may use it"));
                }
            }
        };
    }
}
