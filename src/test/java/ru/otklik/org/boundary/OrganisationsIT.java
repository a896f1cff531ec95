package ru.otklik.org.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.audit.boundary.AuditFilter;
import ru.otklik.audit.boundary.AuditLog;
import ru.otklik.audit.entity.AuditEntry;
import ru.otklik.audit.entity.FieldChange;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.boundary.StaffDraft;
import ru.otklik.security.entity.Role;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation's settings and the audit log's search, on the real server. */
@ExtendWith(ArquillianExtension.class)
class OrganisationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(OrganisationsIT.class);
    }

    @EJB
    Organisations organisations;

    @EJB
    AuditLog auditLog;

    @EJB
    Staff staff;

    @Test
    void adminChangesTheSettingsAndTheAuditLogShowsOldAndNewValues() throws Exception {
        Organisation org = As.admin(() -> organisations.current());
        String oldHead = org.getHeadName();
        String newHead = "Горбань О.И. " + Unique.login("h");
        org.setHeadName(newHead);
        org.setZone(ZoneId.of("Europe/Moscow"));
        As.admin(() -> organisations.save(org));

        assertThat(As.admin(() -> organisations.current().getHeadName())).isEqualTo(newHead);
        List<AuditEntry> found = As.admin(() -> auditLog.page(new AuditFilter(newHead, "Organisation", null, null), 0, 10));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getAction()).isEqualTo(AuditEntry.UPDATED);
        assertThat(found.get(0).getActor()).isEqualTo("admin");
        assertThat(found.get(0).getChanges()).contains(new FieldChange("headName", oldHead, newHead));
    }

    @Test
    void aStaleCopyIsRefusedInsteadOfOverwritingNewerSettings() throws Exception {
        Organisation first = As.admin(() -> organisations.current());
        Organisation stale = As.admin(() -> organisations.current());
        first.setDistrict("Калининский район " + Unique.login("d"));
        As.admin(() -> organisations.save(first));
        stale.setDistrict("Устаревшее значение");

        assertThatThrownBy(() -> As.admin(() -> organisations.save(stale))).isInstanceOf(ConcurrentChange.class);
        assertThat(As.admin(() -> organisations.current().getDistrict())).isEqualTo(first.getDistrict());
    }

    @Test
    void anEmptyOrOverlongNameIsRefusedAndNothingIsSaved() throws Exception {
        String before = As.admin(() -> organisations.current().getName());
        Organisation empty = As.admin(() -> organisations.current());
        empty.setName(" ");
        Organisation overlong = As.admin(() -> organisations.current());
        overlong.setName("Д".repeat(201));

        assertThatThrownBy(() -> As.admin(() -> organisations.save(empty))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> As.admin(() -> organisations.save(overlong)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(As.admin(() -> organisations.current().getName())).isEqualTo(before);
    }

    @Test
    void onlyTheAdministratorChangesSettingsAndOnlyAdminAndCuratorReadTheLog() throws Exception {
        String curator = Unique.login("cur");
        String operator = Unique.login("op");
        String curatorPassword = As.admin(() -> staff.create(draft(curator, Role.CURATOR))).oneTimePassword();
        String operatorPassword = As.admin(() -> staff.create(draft(operator, Role.OPERATOR))).oneTimePassword();

        Organisation org = As.user(operator, operatorPassword, () -> organisations.current());
        org.setName("Захваченное поселение");
        assertThatThrownBy(() -> As.user(operator, operatorPassword, () -> organisations.save(org)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> As.user(operator, operatorPassword, () -> auditLog.count(AuditFilter.all())))
                .isInstanceOf(EJBAccessException.class);
        assertThat(As.user(curator, curatorPassword, () -> auditLog.count(AuditFilter.all()))).isPositive();
    }

    @Test
    void theLogIsSearchedByPeriodAndAReversedPeriodIsRefused() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        assertThat(As.admin(() -> auditLog.count(new AuditFilter(null, null, today.minusDays(1), today.plusDays(1)))))
                .isPositive();
        assertThat(As.admin(() -> auditLog.count(new AuditFilter(null, null, today.plusDays(2), today.plusDays(3)))))
                .isZero();
        assertThat(As.admin(() -> auditLog.count(new AuditFilter("no-such-words-%_!", null, null, null)))).isZero();
        assertThatThrownBy(() -> As.admin(() -> auditLog.count(new AuditFilter(null, null, today, today.minusDays(1)))))
                .isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("error.period.reversed");
    }

    private static StaffDraft draft(String login, Role role) {
        StaffDraft d = new StaffDraft();
        d.setLogin(login);
        d.setFullName("Тестовый " + login);
        d.setRoles(EnumSet.of(role));
        return d;
    }
}
