package ru.otklik.shell.ui;

import com.vaadin.flow.component.Component;
import ru.otklik.message.boundary.MessageFilter;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.report.boundary.Reports;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import ru.otklik.audit.boundary.AuditFilter;
import ru.otklik.audit.boundary.AuditLog;
import ru.otklik.audit.entity.AuditEntry;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Translations;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;

import java.util.Map;

/**
 * Главная: what matters to this user today. Everyone sees their organisation's officials and
 * their own roles with what each role does. ADMIN also sees which of the decree's roles nobody
 * holds (work nobody would do), and ADMIN and CURATOR the latest entries of the audit log. The
 * head, the curator and the executor see first the few figures that matter to them (issue 6).
 */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public HomeView(Staff staff, Organisations organisations, AuditLog auditLog, Messages messages, Reports reports,
                    ru.otklik.content.boundary.Posts posts, Clock clock) {
        StaffUser me = staff.me();
        Organisation org = organisations.current();
        add(new H2(getTranslation("home.greeting", me.getFullName())));
        Div dashboard = dashboard(me, messages, reports, posts, LocalDate.now(clock.withZone(org.getZone())));
        if (dashboard != null) {
            add(dashboard);
        }
        FlexLayout cards = new FlexLayout(organisationCard(org), rolesCard(me));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("home-cards");
        add(cards);
        if (me.hasRole(Role.ADMIN)) {
            add(coverageCard(staff.roleCoverage()));
        }
        if (me.hasRole(Role.ADMIN) || me.hasRole(Role.CURATOR)) {
            add(recentAuditCard(auditLog));
        }
    }

    /** The few figures that matter to the head, the curator or the executor today, each leading to its list. */
    private Div dashboard(StaffUser me, Messages messages, Reports reports, ru.otklik.content.boundary.Posts posts,
                          LocalDate today) {
        List<Component> figures = new ArrayList<>();
        MessageFilter all = MessageFilter.all();
        if (me.hasRole(Role.HEAD)) {
            figures.add(figure("home-dash-high", "home.dash.high-open", messages.count(new MessageFilter(null, null,
                    Set.of(MessageKind.HIGH_IMPORTANCE), null, null, null, null, null, false, false, true)), "messages"));
            figures.add(figure("home-dash-awaiting", "home.dash.awaiting-head",
                    messages.count(all.withStatuses(Set.of(MessageStatus.AWAITING_HEAD))), "assignments"));
        }
        if (me.hasRole(Role.HEAD) || me.hasRole(Role.CURATOR)) {
            figures.add(figure("home-dash-overdue", "home.dash.overdue", messages.count(all.withOverdue(true)), "control"));
        }
        if (me.hasRole(Role.CURATOR)) {
            figures.add(figure("home-dash-today", "home.dash.due-today", messages.count(all.withDueToday(true)), "control"));
            figures.add(figure("home-dash-review", "home.dash.in-review",
                    messages.count(all.withStatuses(Set.of(MessageStatus.IN_REVIEW))), "control"));
            Double share = reports.shareInTime(today.withDayOfMonth(1), today);
            Div inTime = figure("home-dash-in-time", "home.dash.in-time-month", 0, "reports");
            inTime.getComponentAt(0).getElement().setText(share == null ? "—"
                    : String.format(java.util.Locale.ROOT, "%.0f %%", share * 100));
            figures.add(inTime);
        }
        if (me.hasRole(Role.EXECUTOR) && !me.hasRole(Role.CURATOR) && !me.hasRole(Role.HEAD)) {
            figures.add(figure("home-dash-mine", "home.dash.my-open", messages.count(new MessageFilter(null, null, null,
                    null, null, null, null, null, false, false, true)), "my-tasks"));
            figures.add(figure("home-dash-my-overdue", "home.dash.my-overdue", messages.count(all.withOverdue(true)),
                    "my-tasks"));
        }
        if (me.hasRole(Role.SMM_EDITOR) || me.hasRole(Role.CURATOR)) {
            // R2.4: accounts whose current or next week falls short of the weekly target
            long short_ = posts.accountsFallingShort();
            Div content = figure("home-dash-content-short", "home.dash.content-short", short_, "content");
            if (short_ > 0) {
                content.addClassName("report-card-alert");
            }
            figures.add(content);
        }
        if (figures.isEmpty()) {
            return null;
        }
        Div dashboard = new Div();
        dashboard.addClassName("report-cards");
        dashboard.setId("home-dashboard");
        figures.forEach(dashboard::add);
        return dashboard;
    }

    private Div figure(String id, String labelKey, long value, String target) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("report-card-value");
        Div card = new Div(number, new Anchor(target, getTranslation(labelKey)));
        card.addClassName("report-card");
        card.setId(id);
        return card;
    }

    private Div organisationCard(Organisation org) {
        Div card = card("home.organisation");
        card.setId("home-organisation");
        card.add(new Paragraph(org.getName() + (org.getDistrict() == null ? "" : ", " + org.getDistrict())));
        UnorderedList officials = new UnorderedList();
        officials.add(line("org.headName", org.getHeadName()));
        officials.add(line("org.curatorName", org.getCuratorName()));
        officials.add(line("org.responsibleOfficial", org.getResponsibleOfficial()));
        officials.add(line("org.zone", org.getZone().getId()));
        card.add(officials);
        return card;
    }

    private Div rolesCard(StaffUser me) {
        Div card = card("home.my-roles");
        card.setId("home-roles");
        if (me.getRoles().isEmpty()) {
            card.add(new Paragraph(getTranslation("home.no-roles")));
        }
        UnorderedList list = new UnorderedList();
        for (Role role : me.getRoles()) {
            ListItem item = new ListItem(new Span(getTranslation(role.key())), new Span(" · "),
                    new Span(getTranslation(role.key() + ".does")));
            list.add(item);
        }
        card.add(list);
        return card;
    }

    private Div coverageCard(Map<Role, Long> coverage) {
        Div card = card("home.coverage");
        card.setId("home-coverage");
        UnorderedList list = new UnorderedList();
        boolean gaps = false;
        for (Map.Entry<Role, Long> e : coverage.entrySet()) {
            ListItem item = new ListItem(getTranslation(e.getKey().key()) + ": " + e.getValue());
            if (e.getValue() == 0) {
                item.addClassName("warning-text");
                item.setText(getTranslation("home.coverage.nobody", getTranslation(e.getKey().key())));
                gaps = true;
            }
            list.add(item);
        }
        card.add(new Paragraph(getTranslation(gaps ? "home.coverage.gaps" : "home.coverage.ok")), list,
                new Anchor("settings/staff", getTranslation("home.coverage.manage")));
        return card;
    }

    private Div recentAuditCard(AuditLog auditLog) {
        Div card = card("home.recent");
        card.setId("home-recent");
        UnorderedList list = new UnorderedList();
        for (AuditEntry e : auditLog.page(AuditFilter.all(), 0, 5)) {
            list.add(new ListItem(Formats.dateTime(e.getOccurredAt()) + " · " + e.getActor() + " · "
                    + Translations.translateOr("audit.action." + e.getAction(), getLocale(), e.getAction())
                    + (e.getEntityLabel() == null ? "" : " «" + e.getEntityLabel() + "»")));
        }
        card.add(list, new Anchor("audit", getTranslation("home.recent.all")));
        return card;
    }

    private ListItem line(String labelKey, String value) {
        return new ListItem(getTranslation(labelKey) + ": " + (value == null || value.isBlank()
                ? getTranslation("home.not-set") : value));
    }

    private Div card(String titleKey) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
