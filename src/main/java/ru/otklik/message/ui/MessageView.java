package ru.otklik.message.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.message.boundary.MessageDetails;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.control.Action;
import ru.otklik.message.control.UrlKeys;
import ru.otklik.message.entity.AnswerDraft;
import ru.otklik.message.entity.AnswerKind;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageEvent;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.NoAnswerGround;
import ru.otklik.base.ui.MarkedText;
import ru.otklik.textcheck.boundary.TextChecks;
import ru.otklik.textcheck.entity.AbuseReport;
import ru.otklik.textcheck.entity.StyleReport;
import ru.otklik.message.entity.Topic;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.worktime.boundary.WorkingTimes;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The message page: the text (shown as text, never HTML: a stranger wrote it), the link, the
 * author, the deadline; the one action that moves the work on for this user as the primary
 * button and the others beside it; the answer editor for the executor; every draft version; and
 * the timeline of everything that happened. Refreshes when someone else changes the message.
 */
@Route("message")
@RolesAllowed({Roles.OPERATOR, Roles.CURATOR, Roles.HEAD, Roles.EXECUTOR})
public class MessageView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Messages messages;
    private final TextChecks checks;
    /** What the abuse detection saw in the message (R1.11): a suggestion, never a decision. */
    private AbuseReport abuse = AbuseReport.empty();
    private final WorkingTimes workingTimes;
    private final MessageBroadcaster broadcaster;
    private final long organisationId;
    private final ZoneId zone;
    private final Clock clock;
    private long id;
    private MessageDetails details;

    @Inject
    public MessageView(Messages messages, WorkingTimes workingTimes, MessageBroadcaster broadcaster,
                       CurrentOrganisation organisation, Clock clock, TextChecks checks) {
        this.messages = messages;
        this.checks = checks;
        this.workingTimes = workingTimes;
        this.broadcaster = broadcaster;
        this.organisationId = organisation.id();
        this.zone = organisation.zone();
        this.clock = clock;
        setMaxWidth("72rem");
        addClassName("message-view");
        broadcaster.whileAttached(this, organisationId, change -> {
            if (change.messageId() == id) {
                show();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter;
        show();
    }

    private void show() {
        try {
            details = messages.details(id);
        } catch (RequestRefused refused) {
            removeAll();
            add(new H2(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found")));
            return;
        }
        Message m = details.message();
        removeAll();
        Span kind = new Span(getTranslation(m.getKind().key()));
        kind.getElement().getThemeList().add(m.getKind() == MessageKind.HIGH_IMPORTANCE ? "badge error" : "badge");
        kind.setId("message-kind");
        Span status = new Span(getTranslation(m.getStatus().key()));
        status.getElement().getThemeList().add("badge contrast");
        status.setId("message-status");
        HorizontalLayout heading = new HorizontalLayout(new H2("№" + m.getId()), kind, status);
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWrap(true);
        add(heading, facts(m), text(m), actions(), answers(), timeline());
        if (!details.sameLink().isEmpty()) {
            Paragraph same = new Paragraph(getTranslation("message.same-link", details.sameLink().stream()
                    .map(o -> "№" + o.getId()).reduce((a, b) -> a + ", " + b).orElse("")));
            same.addClassName("warning-text");
            add(same);
        }
    }

    private Component facts(Message m) {
        Div facts = new Div();
        facts.addClassName("message-facts");
        Span deadline = DeadlineBadge.of(m, workingTimes, clock.instant(), getLocale(),
                this::getTranslation);
        deadline.setId("message-deadline");
        facts.add(fact("message.deadline", deadline));
        facts.add(fact("message.detected", new Text(Formats.dateTime(m.getDetectedAt()))));
        facts.add(fact("message.network", new Text(m.getNetwork().getName())));
        facts.add(fact("message.topic", new Text(m.getTopic() == null ? getTranslation("message.no-topic")
                : m.getTopic().getName())));
        if (m.getAuthorName() != null || m.getAuthorUrl() != null) {
            facts.add(fact("message.author", link(m.getAuthorUrl(), m.getAuthorName() == null ? m.getAuthorUrl()
                    : m.getAuthorName())));
        }
        if (m.getUrl() != null) {
            facts.add(fact("message.link", link(m.getUrl(), m.getUrl())));
        }
        facts.add(fact("message.source", new Text(m.getSource() + (m.getExternalId() == null ? ""
                : " #" + m.getExternalId()))));
        if (m.getExecutor() != null) {
            facts.add(fact("message.executor", new Text(m.getExecutor().getFullName()
                    + (m.isAssignedOnBehalf() ? " " + getTranslation("message.on-behalf") : ""))));
        }
        if (m.getInterimAnsweredAt() != null) {
            facts.add(fact("message.interim-at", new Text(Formats.dateTime(m.getInterimAnsweredAt()))));
        }
        if (m.getNoAnswerGround() != null) {
            facts.add(fact("message.no-answer-ground", new Text(getTranslation(m.getNoAnswerGround().key()))));
        }
        return facts;
    }

    private static Div fact(String labelKey, Component value) {
        Div fact = new Div();
        fact.addClassName("fact");
        Span label = new Span();
        label.getElement().setText(label.getTranslation(labelKey));
        label.addClassName("fact-label");
        Div v = new Div(value);
        v.addClassName("fact-value");
        fact.add(label, v);
        return fact;
    }

    /** A web link as a link; anything else as plain text. Always opens apart, never with the page's context. */
    private static Component link(String url, String label) {
        if (url == null || !UrlKeys.isWebLink(url)) {
            return new Text(label == null ? "" : label);
        }
        Anchor a = new Anchor(url, label);
        a.setTarget(AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        return a;
    }

    private Component text(Message m) {
        Div text = new Div();
        text.setText(m.getText());
        text.addClassName("message-text");
        text.setId("message-text");
        abuse = checks.abuse(m.getText());
        var ground = abuse.suggestedGround();
        if (ground.isEmpty() || m.getClosedAt() != null) {
            return text;
        }
        // R1.11: threats, obscenity and insults get no answer; the detector only suggests it
        String what = abuse.categories().stream().filter(c -> c.noAnswerGround().isPresent())
                .map(c -> getTranslation("message.abuse." + c.name())).collect(java.util.stream.Collectors.joining(", "));
        Div warning = new Div();
        warning.setText(getTranslation("message.abuse.suggestion", what));
        warning.addClassName("warning-text");
        warning.setId("message-abuse");
        return new Div(text, warning);
    }

    private Component actions() {
        FlexLayout bar = new FlexLayout();
        bar.addClassName("message-actions");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        List<Action> order = new java.util.ArrayList<>();
        if (details.primary() != null && details.primary() != Action.SAVE_DRAFT) {
            order.add(details.primary());
        }
        for (Action a : Action.values()) {
            if (details.allowed().contains(a) && a != Action.SAVE_DRAFT && !order.contains(a)) {
                order.add(a);
            }
        }
        for (Action a : order) {
            Button b = new Button(getTranslation(a.key()), e -> perform(a));
            b.setId("action-" + a.name().toLowerCase().replace('_', '-'));
            if (a == details.primary()) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (a == Action.CLOSE_NO_ANSWER) {
                b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            }
            bar.add(b);
        }
        if (order.isEmpty() && !details.allowed().contains(Action.SAVE_DRAFT)) {
            bar.add(new Span(getTranslation("message.nothing-to-do")));
        }
        return bar;
    }

    private Component answers() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (details.allowed().contains(Action.SAVE_DRAFT)) {
            box.add(editor());
        }
        if (!details.drafts().isEmpty()) {
            box.add(new H3(getTranslation("message.drafts")));
            Div list = new Div();
            list.setId("message-drafts");
            for (AnswerDraft d : details.drafts()) {
                Div draft = new Div();
                draft.addClassName("draft");
                Span head = new Span(getTranslation("message.draft-head", d.getNumber(), getTranslation(d.getKind().key()),
                        d.getAuthor(), Formats.dateTime(d.getWrittenAt()), getTranslation(d.getStatus().key())));
                head.addClassName("draft-head");
                Div body = new Div();
                body.setText(d.getText());
                body.addClassName("message-text");
                draft.add(head, body);
                if (d.getReviewComment() != null) {
                    Div comment = new Div();
                    comment.setText(getTranslation("message.review-comment", d.getReviewer(), d.getReviewComment()));
                    comment.addClassName("warning-text");
                    draft.add(comment);
                }
                list.add(draft);
            }
            box.add(list);
        }
        return box;
    }

    private Component editor() {
        Message m = details.message();
        AnswerDraft latest = details.latestDraft();
        H3 title = new H3(getTranslation("message.editor"));
        RadioButtonGroup<AnswerKind> kind = new RadioButtonGroup<>();
        kind.setItems(m.getInterimAnsweredAt() == null ? List.of(AnswerKind.FINAL, AnswerKind.INTERIM)
                : List.of(AnswerKind.FINAL));
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.setValue(latest != null && m.getInterimAnsweredAt() == null ? latest.getKind() : AnswerKind.FINAL);
        kind.setId("draft-kind");
        TextArea text = new TextArea();
        text.setWidthFull();
        text.setMinHeight("10rem");
        int limit = m.getNetwork().getAnswerLimit();
        text.setMaxLength(limit);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setHelperText(getTranslation("message.characters", 0, limit));
        text.addValueChangeListener(e -> text.setHelperText(getTranslation("message.characters",
                e.getValue().length(), limit)));
        text.setValue(latest == null ? "" : latest.getText());
        text.setId("draft-text");
        // R1.10: plain words in answers; the style check marks bureaucratese as the executor types
        MarkedText style = new MarkedText();
        style.setId("draft-style");
        Runnable check = () -> {
            StyleReport report = checks.style(text.getValue());
            style.show(text.getValue(), report.findings().stream().map(f -> new MarkedText.Mark(f.start(), f.end(),
                    f.category().name(), f.hint())).toList(),
                    getTranslation("style.score", String.format(getLocale(), "%.1f", report.score())), report.plain());
            style.setVisible(!text.getValue().isBlank());
        };
        text.addValueChangeListener(e -> check.run());
        check.run();
        Select<String> templates = new Select<>();
        templates.setPlaceholder(getTranslation("message.templates"));
        templates.setItems(AnswerTemplates.names());
        templates.setItemLabelGenerator(n -> getTranslation("template." + n + ".name"));
        templates.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                text.setValue(AnswerTemplates.fill(getTranslation("template." + e.getValue() + ".text"),
                        m.getAuthorName()));
            }
        });
        Button save = new Button(getTranslation("message.save-draft"), e -> {
            try {
                messages.saveDraft(id, details.message().getVersion(), kind.getValue(), text.getValue());
                Toasts.success(getTranslation("message.draft-saved"));
                show();
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            }
        });
        save.setId("draft-save");
        HorizontalLayout tools = new HorizontalLayout(kind, templates);
        tools.setAlignItems(Alignment.BASELINE);
        tools.setWrap(true);
        VerticalLayout editor = new VerticalLayout(title, tools, text, style, save);
        editor.setPadding(false);
        editor.addClassName("card");
        return editor;
    }

    private Component timeline() {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("message.timeline")));
        box.setPadding(false);
        Div list = new Div();
        list.addClassName("timeline");
        list.setId("message-timeline");
        for (MessageEvent e : details.timeline()) {
            Div item = new Div();
            item.addClassName("timeline-item");
            Span when = new Span(Formats.dateTime(e.getOccurredAt()));
            when.addClassName("timeline-when");
            Span what = new Span(getTranslation(e.getType().key()) + " · " + e.getActor()
                    + (e.getDetails() == null ? "" : " · " + e.getDetails()));
            item.add(when, what);
            list.add(item);
        }
        box.add(list);
        return box;
    }

    // ------------------------------------------------------------------ actions

    private void perform(Action action) {
        long version = details.message().getVersion();
        switch (action) {
            case CLASSIFY -> classifyDialog(version);
            case CLOSE_NO_ANSWER -> noAnswerDialog(version);
            case ASSIGN_EXECUTOR -> assignDialog(version);
            case RETURN_DRAFT -> returnDialog(version);
            case POST_ANSWER -> postDialog(version);
            case SEND_TO_HEAD -> run(() -> messages.sendToHead(id, version), "message.sent-to-head");
            case SUBMIT_DRAFT -> run(() -> messages.submitDraft(id, version), "message.submitted");
            case APPROVE_DRAFT -> run(() -> messages.approveDraft(id, version), "message.approved");
            default -> {
            }
        }
    }

    private void run(Runnable command, String doneKey) {
        try {
            command.run();
            Toasts.success(getTranslation(doneKey));
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
        show();
    }

    private Dialog dialog(String titleKey, Component... content) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(titleKey));
        d.add(new VerticalLayout(content));
        d.setWidth("32rem");
        return d;
    }

    private void confirm(Dialog d, String buttonKey, Runnable command, String doneKey) {
        Button ok = new Button(getTranslation(buttonKey), e -> {
            try {
                command.run();
                d.close();
                Toasts.success(getTranslation(doneKey));
                show();
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("dialog-confirm");
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void classifyDialog(long version) {
        Message m = details.message();
        Select<MessageKind> kind = new Select<>();
        kind.setLabel(getTranslation("messages.kind"));
        kind.setItems(MessageKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.setValue(m.getKind());
        kind.setId("classify-kind");
        ComboBox<Topic> topic = new ComboBox<>(getTranslation("messages.topic"));
        topic.setItems(messages.topics().stream().filter(Topic::isActive).toList());
        topic.setItemLabelGenerator(Topic::getName);
        topic.setValue(m.getTopic());
        topic.setId("classify-topic");
        Dialog d = dialog("message.action.CLASSIFY", kind, topic);
        confirm(d, "action.save", () -> messages.classify(id, version, kind.getValue(),
                topic.getValue() == null ? null : topic.getValue().getId()), "message.classified");
    }

    private void noAnswerDialog(long version) {
        RadioButtonGroup<NoAnswerGround> ground = new RadioButtonGroup<>(getTranslation("message.no-answer-ground"));
        ground.setItems(NoAnswerGround.values());
        ground.setItemLabelGenerator(g -> getTranslation(g.key()));
        ground.addThemeName("vertical");
        ground.setId("no-answer-ground");
        abuse.suggestedGround().map(g -> NoAnswerGround.valueOf(g.name())).ifPresent(ground::setValue);
        TextArea comment = new TextArea(getTranslation("message.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        Dialog d = dialog("message.action.CLOSE_NO_ANSWER", new Paragraph(getTranslation("message.no-answer-explain")),
                ground, comment);
        confirm(d, "message.action.CLOSE_NO_ANSWER", () -> {
            if (ground.getValue() == null) {
                throw new RequestRefused("message.no-answer-ground.required");
            }
            messages.closeNoAnswer(id, version, ground.getValue(), comment.getValue());
        }, "message.closed-no-answer");
    }

    private void assignDialog(long version) {
        ComboBox<StaffUser> executor = new ComboBox<>(getTranslation("messages.executor"));
        executor.setItems(messages.executors());
        executor.setItemLabelGenerator(u -> u.getFullName() + (u.getPosition() == null ? "" : ", " + u.getPosition()));
        executor.setValue(details.message().getExecutor());
        executor.setWidthFull();
        executor.setId("assign-executor");
        Dialog d = dialog("message.action.ASSIGN_EXECUTOR", executor);
        confirm(d, "message.action.ASSIGN_EXECUTOR", () -> {
            if (executor.getValue() == null) {
                throw new RequestRefused("message.executor.required");
            }
            messages.assignExecutor(id, version, executor.getValue().getId());
        }, "message.assigned");
    }

    private void returnDialog(long version) {
        TextArea comment = new TextArea(getTranslation("message.return-comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setId("return-comment");
        Dialog d = dialog("message.action.RETURN_DRAFT", comment);
        confirm(d, "message.action.RETURN_DRAFT", () -> messages.returnDraft(id, version, comment.getValue()),
                "message.returned");
    }

    private void postDialog(long version) {
        DateTimePicker postedAt = new DateTimePicker(getTranslation("message.posted-at"));
        postedAt.setLocale(getLocale());
        postedAt.setDatePickerI18n(ru.otklik.base.ui.Pickers.datePicker("").getI18n());
        postedAt.setValue(LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES));
        postedAt.setId("post-at");
        TextField url = new TextField(getTranslation("message.posted-url"));
        url.setWidthFull();
        url.setMaxLength(1000);
        url.setPlaceholder("https://vk.com/wall-…");
        url.setId("post-url");
        AnswerDraft approved = details.latestDraft();
        Dialog d = dialog("message.action.POST_ANSWER", new Paragraph(getTranslation("message.post-explain",
                getTranslation(approved.getKind().key()))), postedAt, url);
        confirm(d, "message.action.POST_ANSWER", () -> {
            if (postedAt.getValue() == null) {
                throw new RequestRefused("message.posted-at.required");
            }
            messages.postAnswer(id, version, postedAt.getValue().atZone(zone).toInstant(), url.getValue());
        }, "message.posted");
    }


    @Override
    public String getPageTitle() {
        return getTranslation("message.title", id);
    }
}
