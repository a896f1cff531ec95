package ru.otklik.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.content.control.AccountWeek;
import ru.otklik.content.boundary.Posts;
import ru.otklik.content.control.WeekPlans;
import ru.otklik.content.entity.Post;
import ru.otklik.content.entity.PostStatus;
import ru.otklik.socialaccount.boundary.Accounts;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Контент-план (R2.4, R2.6): a month or a week of the organisation's posts as cards per day,
 * built from Vaadin core components (no npm bundle here); a card dragged to another day moves the
 * post there, keeping its time. Above the calendar each account's current and next week against
 * the weekly target, red while a week falls short.
 */
@Route("content")
@Menu(title = "menu.content", order = 44, icon = "vaadin:calendar-o")
@RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR})
public class ContentCalendarView extends VerticalLayout implements HasDynamicTitle {

    enum Mode { MONTH, WEEK }

    private final Posts posts;
    final Select<Mode> mode = new Select<>();
    final ComboBox<OfficialAccount> account = new ComboBox<>();
    final Span period = new Span();
    final Div targets = new Div();
    final Div calendar = new Div();
    private final ZoneId zone = Formats.zone();
    private LocalDate anchor = LocalDate.now(Formats.zone());
    private Map<Long, String> accountNames = Map.of();

    @Inject
    public ContentCalendarView(Posts posts, Accounts accounts) {
        this.posts = posts;
        setSizeFull();
        List<OfficialAccount> planned = accounts.planned();
        accountNames = planned.stream().collect(Collectors.toMap(OfficialAccount::getId, OfficialAccount::getName));
        add(new H2(getTranslation("content.title")), toolbar(planned), targets, calendar);
        targets.addClassName("week-targets");
        targets.setId("calendar-targets");
        calendar.setId("calendar-grid");
        calendar.setWidthFull();
        refresh();
    }

    private Component toolbar(List<OfficialAccount> planned) {
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("content.mode." + m.name()));
        mode.setValue(Mode.MONTH);
        mode.setId("calendar-mode");
        mode.addValueChangeListener(e -> refresh());
        account.setItems(planned);
        account.setItemLabelGenerator(a -> a.getName() + " (" + a.getNetwork().getName() + ")");
        account.setPlaceholder(getTranslation("content.all-accounts"));
        account.setClearButtonVisible(true);
        account.setId("calendar-account");
        account.addValueChangeListener(e -> refresh());
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> shift(-1));
        previous.setAriaLabel(getTranslation("content.previous"));
        previous.setId("calendar-previous");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> shift(1));
        next.setAriaLabel(getTranslation("content.next"));
        next.setId("calendar-next");
        Button today = new Button(getTranslation("content.today"), e -> {
            anchor = LocalDate.now(zone);
            refresh();
        });
        period.setId("calendar-period");
        period.getStyle().set("font-weight", "600");
        Button create = new Button(getTranslation("content.new"), VaadinIcon.PLUS.create(), e -> UI.getCurrent()
                .navigate(PostView.class, com.vaadin.flow.router.QueryParameters.of("account",
                        account.getValue() == null ? "" : String.valueOf(account.getValue().getId()))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("calendar-new");
        Button list = new Button(getTranslation("content.as-list"), VaadinIcon.LIST.create(),
                e -> UI.getCurrent().navigate(PostsView.class));
        list.setId("calendar-list");
        HorizontalLayout bar = new HorizontalLayout(mode, account, previous, today, next, period, create, list);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void shift(int step) {
        anchor = mode.getValue() == Mode.WEEK ? anchor.plusWeeks(step) : anchor.plusMonths(step);
        refresh();
    }

    /** Shows the calendar around the day (for tests and links). */
    void show(LocalDate day, Mode m) {
        anchor = day;
        mode.setValue(m);
        refresh();
    }

    void refresh() {
        LocalDate first;
        LocalDate last;
        if (mode.getValue() == Mode.WEEK) {
            first = WeekPlans.weekStart(anchor);
            last = first.plusDays(6);
            period.setText(Formats.date(first) + " – " + Formats.date(last));
        } else {
            LocalDate monthStart = anchor.withDayOfMonth(1);
            first = WeekPlans.weekStart(monthStart);
            last = WeekPlans.weekStart(monthStart.plusMonths(1).minusDays(1)).plusDays(6);
            String month = monthStart.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
            period.setText(Character.toUpperCase(month.charAt(0)) + month.substring(1) + " " + monthStart.getYear());
        }
        showTargets();
        Long accountId = account.getValue() == null ? null : account.getValue().getId();
        Map<LocalDate, List<Post>> byDay = new LinkedHashMap<>();
        for (Post p : posts.calendar(first, last, accountId)) {
            byDay.computeIfAbsent(p.getWeekInstant().atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(p);
        }
        calendar.removeAll();
        calendar.setClassName("calendar-grid");
        calendar.addClassName(mode.getValue() == Mode.WEEK ? "week" : "month");
        for (DayOfWeek d : DayOfWeek.values()) {
            Div head = new Div(d.getDisplayName(TextStyle.SHORT_STANDALONE, getLocale()));
            head.addClassName("calendar-head");
            calendar.add(head);
        }
        LocalDate today = LocalDate.now(zone);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            calendar.add(dayCell(day, today, byDay.getOrDefault(day, List.of())));
        }
    }

    private Div dayCell(LocalDate day, LocalDate today, List<Post> dayPosts) {
        Div cell = new Div();
        cell.addClassName("calendar-day");
        cell.setId("calendar-day-" + day);
        if (mode.getValue() == Mode.MONTH && day.getMonth() != anchor.getMonth()) {
            cell.addClassName("other-month");
        }
        if (day.equals(today)) {
            cell.addClassName("today");
        }
        Span number = new Span(mode.getValue() == Mode.WEEK ? Formats.date(day) : String.valueOf(day.getDayOfMonth()));
        number.addClassName("calendar-day-number");
        cell.add(number);
        for (Post p : dayPosts) {
            cell.add(card(p));
        }
        DropTarget<Div> target = DropTarget.create(cell);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(data -> {
            if (data instanceof Post p) {
                move(p, day);
            }
        }));
        return cell;
    }

    private Div card(Post p) {
        String time = p.getWeekInstant().atZone(zone).toLocalTime().toString();
        String where = p.getAccountIds().stream().map(accountNames::get).filter(n -> n != null)
                .collect(Collectors.joining(", "));
        Div card = new Div(new Span(time + " " + excerpt(p.getText())));
        card.addClassName("post-card");
        card.setId("post-card-" + p.getId());
        card.getElement().setAttribute("data-status", p.getStatus().name());
        card.getElement().setAttribute("title", getTranslation(p.getStatus().key()) + " · "
                + getTranslation(p.getFormat().key()) + (where.isEmpty() ? "" : " · " + where));
        card.addClickListener(e -> UI.getCurrent().navigate(PostView.class, p.getId()));
        if (p.getStatus() != PostStatus.PUBLISHED && p.getStatus() != PostStatus.CANCELLED) {
            DragSource<Div> source = DragSource.create(card);
            source.setDragData(p);
            source.setEffectAllowed(com.vaadin.flow.component.dnd.EffectAllowed.MOVE);
        }
        return card;
    }

    private void move(Post p, LocalDate day) {
        if (p.getWeekInstant().atZone(zone).toLocalDate().equals(day)) {
            return;
        }
        try {
            posts.move(p.getId(), p.getVersion(), day);
            Toasts.success(getTranslation("content.moved", Formats.date(day)));
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
        refresh();
    }

    private void showTargets() {
        targets.removeAll();
        LocalDate thisWeek = WeekPlans.weekStart(LocalDate.now(zone));
        Map<Long, List<AccountWeek>> byAccount = new LinkedHashMap<>();
        for (AccountWeek w : posts.weeks(List.of(thisWeek, thisWeek.plusWeeks(1)))) {
            byAccount.computeIfAbsent(w.accountId(), a -> new ArrayList<>()).add(w);
        }
        if (byAccount.isEmpty()) {
            targets.add(new Span(getTranslation("content.no-accounts")));
            return;
        }
        for (List<AccountWeek> weeks : byAccount.values()) {
            Div box = new Div();
            box.addClassName("week-target");
            box.setId("week-target-" + weeks.get(0).accountId());
            box.add(new Span(weeks.get(0).accountName() + ": "));
            for (int i = 0; i < weeks.size(); i++) {
                AccountWeek w = weeks.get(i);
                Span badge = new Span(getTranslation(i == 0 ? "content.week.this" : "content.week.next",
                        w.count().total(), w.count().target(), w.count().published()));
                badge.getElement().getThemeList().add(w.count().fallsShort() ? "badge error" : "badge success");
                badge.getElement().setAttribute("title", w.count().fallsShort()
                        ? getTranslation("content.week.short", w.count().missing()) : getTranslation("content.week.met"));
                box.add(badge, new Span(" "));
            }
            targets.add(box);
        }
    }

    private static String excerpt(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.content");
    }
}
