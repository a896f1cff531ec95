package ru.otklik.security;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.Test;
import ru.otklik.security.entity.Role;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access annotations against {@link RoleMatrix}'s table, without a server: every EJB
 * boundary method and every view has a row, and what its annotations allow is what the row says.
 * {@link RoleMatrixIT} checks the same table against the container's actual answers.
 */
class RoleMatrixTest {

    private static final List<Class<?>> CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.otklik").stream().map(JavaClass::reflect).toList();

    static List<Class<?>> boundaries() {
        return CLASSES.stream().filter(c -> c.getPackageName().contains(".boundary"))
                .filter(c -> c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class))
                .toList();
    }

    @Test
    void everyBoundaryMethodHasARowAndEveryRowAMethod() {
        Map<String, RoleMatrix.Access> table = RoleMatrix.boundaries();
        Set<String> methods = new TreeSet<>();
        boundaries().forEach(b -> RoleMatrix.businessMethods(b).forEach(m -> methods.add(RoleMatrix.key(m))));
        assertThat(methods).as("boundary methods without a row in RoleMatrix.BOUNDARIES")
                .isSubsetOf(table.keySet());
        assertThat(table.keySet()).as("rows of RoleMatrix.BOUNDARIES without a method").isSubsetOf(methods);
        assertThat(methods).hasSizeGreaterThan(100);
    }

    @Test
    void theAnnotationsOfEveryBoundaryMethodAllowWhatTheTableSays() {
        Map<String, RoleMatrix.Access> table = RoleMatrix.boundaries();
        List<String> wrong = new ArrayList<>();
        for (Class<?> b : boundaries()) {
            for (Method m : RoleMatrix.businessMethods(b)) {
                RoleMatrix.Access expected = table.get(RoleMatrix.key(m));
                RoleMatrix.Access annotated = annotated(m);
                if (expected != null && !expected.equals(annotated)) {
                    wrong.add(RoleMatrix.key(m) + ": table " + expected + ", annotations " + annotated);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** What the EJB annotations allow: the method's own, else the class's, else nothing (jboss-ejb3.xml). */
    private static RoleMatrix.Access annotated(Method m) {
        RoleMatrix.Access own = access(m);
        if (own != null) {
            return own;
        }
        RoleMatrix.Access ofClass = access(m.getDeclaringClass());
        return ofClass != null ? ofClass : new RoleMatrix.Access(EnumSet.noneOf(Role.class), false);
    }

    private static RoleMatrix.Access access(AnnotatedElement e) {
        if (e.isAnnotationPresent(PermitAll.class)) {
            return new RoleMatrix.Access(EnumSet.allOf(Role.class), true);
        }
        if (e.isAnnotationPresent(DenyAll.class)) {
            return new RoleMatrix.Access(EnumSet.noneOf(Role.class), false);
        }
        RolesAllowed allowed = e.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return null;
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(allowed.value()).forEach(name -> Arrays.stream(Role.values())
                .filter(r -> r.roleName().equals(name)).forEach(roles::add));
        return new RoleMatrix.Access(roles, false);
    }

    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        List<String> undeclared = routes().values().stream()
                .filter(v -> !(v.isAnnotationPresent(RolesAllowed.class) || v.isAnnotationPresent(PermitAll.class)
                        || v.isAnnotationPresent(AnonymousAllowed.class)))
                .map(Class::getName).toList();
        assertThat(undeclared).as("views without @RolesAllowed, @PermitAll or @AnonymousAllowed").isEmpty();
    }

    @Test
    void everyViewOpensForExactlyTheRolesOfTheTable() {
        Map<String, RoleMatrix.Access> table = RoleMatrix.views();
        Map<String, Class<?>> routes = routes();
        assertThat(routes.keySet()).as("routes without a row in RoleMatrix.VIEWS").isSubsetOf(table.keySet());
        assertThat(table.keySet()).as("rows of RoleMatrix.VIEWS without a route").isSubsetOf(routes.keySet());
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Principal someone = () -> "someone";
        List<String> wrong = new ArrayList<>();
        routes.forEach((route, view) -> {
            RoleMatrix.Access expected = table.get(route);
            for (Role role : Role.values()) {
                boolean opens = checker.hasAccess(view, someone, role.roleName()::equals);
                if (opens != expected.allows(role)) {
                    wrong.add("/" + route + " (" + view.getSimpleName() + ") as " + role + ": "
                            + (opens ? "opens" : "refused") + ", the table says " + expected);
                }
            }
            boolean anonymous = checker.hasAccess(view, null, r -> false);
            if (anonymous != expected.anonymous()) {
                wrong.add("/" + route + " anonymously: " + (anonymous ? "opens" : "refused"));
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static Map<String, Class<?>> routes() {
        Map<String, Class<?>> routes = new LinkedHashMap<>();
        CLASSES.stream().filter(c -> c.isAnnotationPresent(Route.class))
                .forEach(c -> routes.put(c.getAnnotation(Route.class).value(), c));
        return routes;
    }
}
