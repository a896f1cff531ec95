package ru.otklik.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.boundary.StaffDraft;
import ru.otklik.security.entity.Role;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;

import javax.naming.InitialContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public business method of every EJB boundary, called on the real server by a staff member
 * holding one role, for each of the seven roles, and by an unauthenticated caller, against
 * {@link RoleMatrix}'s table: where the table denies, the container must answer
 * {@link EJBAccessException}; where it allows, anything but that (the dummy arguments, zeros and
 * nulls, are refused in other ways, and each allowed call runs in a transaction that is rolled
 * back, so nothing is changed).
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(RoleMatrixIT.class, RoleMatrix.class, RoleMatrix.Access.class);
    }

    @EJB
    Staff staff;

    @Inject
    BeanManager beans;

    @Test
    void everyBoundaryMethodAnswersEveryRoleAsTheTableSays() throws Exception {
        Map<String, RoleMatrix.Access> table = RoleMatrix.boundaries();
        Map<Role, String[]> members = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            members.put(role, member(role));
        }
        List<String> wrong = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int calls = 0;
        for (Bean<?> bean : boundaries()) {
            Object boundary = beans.getReference(bean, bean.getBeanClass(), beans.createCreationalContext(bean));
            for (Method m : RoleMatrix.businessMethods(bean.getBeanClass())) {
                RoleMatrix.Access expected = table.get(RoleMatrix.key(m));
                if (expected == null) {
                    missing.add(RoleMatrix.key(m));
                    continue;
                }
                for (Role role : Role.values()) {
                    String[] who = members.get(role);
                    String outcome = As.user(who[0], who[1], () -> call(boundary, m, expected.allows(role)));
                    calls++;
                    if (outcome != null) {
                        wrong.add(RoleMatrix.key(m) + " as " + role + ": " + outcome);
                    }
                }
                String outcome = call(boundary, m, expected.anonymous());
                calls++;
                if (outcome != null) {
                    wrong.add(RoleMatrix.key(m) + " unauthenticated: " + outcome);
                }
            }
        }
        assertThat(missing).as("boundary methods without a row in RoleMatrix.BOUNDARIES").isEmpty();
        assertThat(wrong).as("calls answered otherwise than RoleMatrix says").isEmpty();
        assertThat(calls).isGreaterThan(800);
    }

    /** The session beans of the boundary packages, found by CDI (every session bean is a bean). */
    private List<Bean<?>> boundaries() {
        return beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .filter(b -> b.getBeanClass().getName().startsWith("ru.otklik.")
                        && b.getBeanClass().getPackageName().contains(".boundary"))
                .filter(b -> b.getBeanClass().isAnnotationPresent(Stateless.class)
                        || b.getBeanClass().isAnnotationPresent(Singleton.class))
                .filter(b -> b.getTypes().contains(b.getBeanClass()))
                .sorted(Comparator.comparing(b -> b.getBeanClass().getName()))
                .toList();
    }

    /**
     * Calls the method with dummy arguments; null when the answer is as expected, else what went
     * wrong. Allowed calls run in a transaction rolled back afterwards.
     */
    private static String call(Object boundary, Method m, boolean allowed) throws Exception {
        Throwable thrown = null;
        UserTransaction tx = allowed ? (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction") : null;
        if (tx != null) {
            tx.begin();
        }
        try {
            Object result = m.invoke(boundary, dummies(m));
            if (result instanceof Future<?> future) { // @Asynchronous: the refusal may come through the future
                future.get(30, TimeUnit.SECONDS);
            }
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
        } catch (ExecutionException e) {
            thrown = e.getCause();
        } finally {
            if (tx != null && tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        }
        boolean refused = refusedAccess(thrown);
        if (allowed && refused) {
            return "refused (" + thrown + "), the table allows";
        }
        if (!allowed && !(thrown instanceof EJBAccessException)) {
            return "not refused (" + (thrown == null ? "returned normally" : thrown.toString()) + "), the table denies";
        }
        return null;
    }

    /** Whether an EJBAccessException is the exception or anywhere among its causes. */
    private static boolean refusedAccess(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    private static Object[] dummies(Method m) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = dummy(types[i]);
        }
        return args;
    }

    /** Zero, false or null: what a careless caller would pass. */
    private static Object dummy(Class<?> t) {
        if (!t.isPrimitive()) {
            return null;
        }
        if (t == boolean.class) {
            return Boolean.FALSE;
        }
        if (t == long.class) {
            return 0L;
        }
        if (t == int.class) {
            return 0;
        }
        if (t == double.class) {
            return 0.0;
        }
        if (t == float.class) {
            return 0f;
        }
        if (t == short.class) {
            return (short) 0;
        }
        if (t == byte.class) {
            return (byte) 0;
        }
        return ' ';
    }

    /** A new staff member holding exactly one role: login and password. */
    private String[] member(Role role) throws Exception {
        String login = Unique.login("rm-" + role.name().toLowerCase().replace('_', '-'));
        StaffDraft d = new StaffDraft();
        d.setLogin(login);
        d.setFullName("Проверка ролей " + role.name());
        d.setEmail(login + "@otklik.test");
        d.setRoles(EnumSet.of(role));
        Callable<ru.otklik.security.boundary.IssuedPassword> create = () -> staff.create(d);
        var issued = As.admin(create);
        return new String[] {login, issued.oneTimePassword()};
    }
}
