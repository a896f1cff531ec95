package ru.otklik.setup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ru.otklik.audit.entity.ActionRecorded;
import ru.otklik.audit.entity.FieldChange;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.boundary.Staff;
import ru.otklik.worktime.boundary.WorkingCalendars;
import ru.otklik.worktime.entity.WorkSchedule;
import ru.otklik.worktime.entity.WorkingTimeChanged;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The first start of an installation (issue 10): while the caller's organisation is not
 * configured, its administrator completes it once, with everything at once. Whatever a screen
 * shows or hides, this boundary refuses a second completion ({@code setup.done}), a one-time
 * password kept, an unacceptable password, missing officials and an impossible week; a refused
 * completion writes nothing (one transaction, rolled back on refusal).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class FirstStart {

    /** The audit action of a completed first start. */
    public static final String COMPLETED = "FIRST_START_COMPLETED";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    Staff staff;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Event<WorkingTimeChanged> workingTimeChanged;

    @Inject
    Event<ActionRecorded> audit;

    @Inject
    Clock clock;

    /**
     * Whether the caller's organisation still awaits its first start. Any staff member may ask:
     * the UI asks on navigation, before it knows where to send the user.
     */
    @PermitAll
    public boolean pending() {
        Organisation org = em.find(Organisation.class, organisation.id());
        return org != null && !org.isConfigured();
    }

    /**
     * What the wizard starts from: the organisation as the first start created it, its week
     * (Mon-Fri 08:00-17:00 with lunch 12:00-13:00 unless set), and whether the caller must choose
     * a password. Refused once the first start is complete.
     */
    public FirstStartDraft draft() {
        Organisation org = unconfigured(LockModeType.NONE);
        FirstStartDraft draft = new FirstStartDraft();
        draft.setPasswordRequired(staff.me().isPasswordChangeRequired());
        draft.setName(org.getName());
        draft.setDistrict(org.getDistrict());
        draft.setHeadName(org.getHeadName());
        draft.setCuratorName(org.getCuratorName());
        draft.setResponsibleOfficial(org.getResponsibleOfficial());
        draft.setZone(org.getZone());
        draft.setWeek(calendars.schedule().week());
        return draft;
    }

    /**
     * Completes the first start in one transaction: the caller's own password in place of the
     * one-time one, the organisation, the working week; then marks the organisation configured
     * and writes the audit line. The organisation's row is locked first, so of two simultaneous
     * completions the second finds it configured and is refused.
     */
    public void complete(@NotNull @Valid FirstStartDraft draft) {
        Organisation org = unconfigured(LockModeType.PESSIMISTIC_WRITE);
        boolean replacePassword = staff.me().isPasswordChangeRequired();
        // every check before the first write
        if (replacePassword) {
            if (draft.getNewPassword() == null || draft.getNewPassword().isEmpty()) {
                throw RequestRefused.ofParameter("password", "setup.password.required");
            }
            String weakness = staff.passwordWeakness(draft.getNewPassword());
            if (weakness != null) {
                throw RequestRefused.ofParameter("password", weakness, Staff.PASSWORD_MIN_LENGTH);
            }
        }
        List<WorkSchedule.Problem> problems = new WorkSchedule(draft.getWeek(), draft.getZone()).problems();
        if (!problems.isEmpty()) {
            WorkSchedule.Problem p = problems.get(0);
            throw RequestRefused.ofParameter(p.day() == null ? "week" : p.day().name(), p.key(),
                    p.day() == null ? "" : p.day().name());
        }

        if (replacePassword) {
            staff.replaceOneTimePassword(draft.getNewPassword());
        }
        org.setName(draft.getName().strip());
        org.setDistrict(blankToNull(draft.getDistrict()));
        org.setHeadName(draft.getHeadName().strip());
        org.setCuratorName(draft.getCuratorName().strip());
        org.setResponsibleOfficial(draft.getResponsibleOfficial().strip());
        org.setZone(draft.getZone());
        em.flush(); // the week is checked against the zone just chosen
        calendars.saveSchedule(draft.getWeek());
        Instant now = clock.instant();
        org.markConfigured(now);
        em.flush();
        workingTimeChanged.fire(new WorkingTimeChanged(org.getId(), "first-start"));

        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("configuredAt", null, now.toString()));
        changes.add(new FieldChange("password", null, replacePassword ? "replaced" : "kept"));
        changes.add(new FieldChange("week", null, week(draft)));
        audit.fire(new ActionRecorded(org.getId(), null, COMPLETED, Organisation.class.getSimpleName(),
                String.valueOf(org.getId()), org.getName(), changes));

        // Issue 10: the wizard's optional "load demo data" choice is run by DemoData right after
        // this call succeeds (SetupView#completed), so a failing demo load never leaves the
        // organisation unconfigured.
    }

    private Organisation unconfigured(LockModeType lock) {
        Organisation org = em.find(Organisation.class, organisation.id(), lock);
        if (org == null) {
            throw new RequestRefused("error.not-found");
        }
        if (org.isConfigured()) {
            throw new RequestRefused("setup.done");
        }
        return org;
    }

    /** e.g. "MONDAY 08:00-17:00 (12:00-13:00), ..." for the audit line. */
    private static String week(FirstStartDraft draft) {
        StringBuilder sb = new StringBuilder();
        draft.getWeek().forEach((day, h) -> {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(day).append(' ').append(h.start()).append('-').append(h.end());
            if (h.lunchStart() != null) {
                sb.append(" (").append(h.lunchStart()).append('-').append(h.lunchEnd()).append(')');
            }
        });
        return sb.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
