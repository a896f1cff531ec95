package ru.otklik.content.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.CurrentRequest;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.MarkedText;
import ru.otklik.textcheck.boundary.TextChecks;
import ru.otklik.textcheck.entity.StyleReport;
import ru.otklik.base.ui.Toasts;
import ru.otklik.content.boundary.PostDraft;
import ru.otklik.content.boundary.Posts;
import ru.otklik.content.entity.MediaType;
import ru.otklik.content.entity.Post;
import ru.otklik.content.entity.PostFormat;
import ru.otklik.content.entity.PostMedia;
import ru.otklik.content.entity.PostStatus;
import ru.otklik.content.entity.PostTopic;
import ru.otklik.socialaccount.boundary.Accounts;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A post (R2.4, R2.6): accounts, date and time, format, topic and text with its length, files
 * with previews of images; the step that moves it on for this user and this state as the primary
 * button (submit, approve or return, published with its link), the way so far beside it.
 */
@Route("content/post")
@RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR})
public class PostView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Posts posts;
    private final List<OfficialAccount> accounts;
    private final Map<Long, OfficialAccount> accountById;
    private final ZoneId zone = Formats.zone();
    final MultiSelectComboBox<OfficialAccount> accountsField = new MultiSelectComboBox<>();
    final DateTimePicker plannedAt = new DateTimePicker();
    final Select<PostFormat> format = new Select<>();
    final Select<PostTopic> topic = new Select<>();
    final TextArea text = new TextArea();
    final Span state = new Span();
    final HorizontalLayout actions = new HorizontalLayout();
    final VerticalLayout files = new VerticalLayout();
    final Paragraph way = new Paragraph();
    final MarkedText style = new MarkedText();
    private final TextChecks checks;
    private final BeanValidationBinder<PostDraft> binder = new BeanValidationBinder<>(PostDraft.class);
    private Post post;

    @Inject
    public PostView(Posts posts, Accounts accountsBoundary, TextChecks checks) {
        this.posts = posts;
        this.checks = checks;
        this.accounts = accountsBoundary.planned();
        this.accountById = accounts.stream().collect(Collectors.toMap(OfficialAccount::getId, Function.identity()));
        setMaxWidth("64rem");
        accountsField.setLabel(getTranslation("post.accounts"));
        accountsField.setItems(accounts);
        accountsField.setItemLabelGenerator(a -> a.getName() + " (" + a.getNetwork().getName() + ")");
        accountsField.setId("post-accounts");
        plannedAt.setLabel(getTranslation("post.plannedAt"));
        plannedAt.setLocale(getLocale());
        plannedAt.setStep(java.time.Duration.ofMinutes(15));
        plannedAt.setId("post-planned");
        format.setLabel(getTranslation("post.format"));
        format.setItems(PostFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.key()));
        format.setId("post-format");
        topic.setLabel(getTranslation("post.topic"));
        topic.setItems(PostTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation(t.key()));
        topic.setId("post-topic");
        text.setLabel(getTranslation("post.text"));
        text.setMaxLength(Post.TEXT_LIMIT);
        text.setMinHeight("12rem");
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setHelperText(getTranslation("post.text.help"));
        text.setId("post-text");
        // R2.8: the style check as the SMM editor types; it suggests, it never blocks
        text.addValueChangeListener(e -> checkStyle(e.getValue()));
        style.setId("post-style");

        binder.forField(accountsField).withConverter(
                        set -> set.stream().map(OfficialAccount::getId).collect(Collectors.toSet()),
                        ids -> ids.stream().map(accountById::get).filter(Objects::nonNull).collect(Collectors.toSet()))
                .bind(PostDraft::getAccountIds, PostDraft::setAccountIds);
        binder.forField(plannedAt).asRequired(getTranslation("post.plannedAt.required"))
                .bind(PostDraft::getPlannedAt, PostDraft::setPlannedAt);
        binder.forField(format).bind(PostDraft::getFormat, PostDraft::setFormat);
        binder.forField(topic).bind(PostDraft::getTopic, PostDraft::setTopic);
        binder.forField(text).bind(PostDraft::getText, PostDraft::setText);

        FormLayout form = new FormLayout(accountsField, plannedAt, format, topic, text, style);
        form.setColspan(accountsField, 2);
        form.setColspan(text, 2);
        form.setColspan(style, 2);
        state.setId("post-state");
        way.setId("post-way");
        way.addClassName("secondary-text");
        actions.setId("post-actions");
        files.setPadding(false);
        files.setId("post-files");
        add(new H2(getTranslation("post.title")), state, form, actions, way, files);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            post = null;
            PostDraft draft = new PostDraft();
            draft.setPlannedAt(LocalDateTime.now(zone).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0));
            // the calendar's chosen account (or the only one) is the new post's
            Long preset = event.getLocation().getQueryParameters().getSingleParameter("account")
                    .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).filter(accountById::containsKey)
                    .orElse(accounts.size() == 1 ? accounts.get(0).getId() : null);
            if (preset != null) {
                draft.setAccountIds(java.util.Set.of(preset));
            }
            binder.readBean(draft);
        } else {
            try {
                post = posts.find(id);
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
                event.forwardTo(ContentCalendarView.class);
                return;
            }
            binder.readBean(PostDraft.of(post, zone));
        }
        showState();
    }

    private void checkStyle(String draft) {
        StyleReport report = checks.style(draft);
        style.show(draft, report.findings().stream().map(f -> new MarkedText.Mark(f.start(), f.end(),
                f.category().name(), f.hint())).toList(),
                getTranslation("style.score", String.format(getLocale(), "%.1f", report.score())), report.plain());
        style.setVisible(draft != null && !draft.isBlank());
    }

    private void showState() {
        boolean closed = post != null && (post.getStatus() == PostStatus.PUBLISHED || post.getStatus() == PostStatus.CANCELLED);
        binder.setReadOnly(closed);
        state.setText(post == null ? getTranslation("post.new") : getTranslation(post.getStatus().key()));
        state.getElement().getThemeList().clear();
        state.getElement().getThemeList().add(post == null ? "badge" : switch (post.getStatus()) {
            case PUBLISHED -> "badge success";
            case CANCELLED -> "badge contrast";
            case REVIEW, APPROVED -> "badge";
            case DRAFT -> "badge";
        });
        actions.removeAll();
        way.setText(post == null ? "" : wayText());
        if (post != null && post.getReviewComment() != null && post.getStatus() == PostStatus.DRAFT) {
            way.setText(way.getText() + " " + getTranslation("post.returned", post.getReviewComment()));
        }
        if (!closed) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.setId("post-save");
            actions.add(save);
            if (post == null || post.getStatus() == PostStatus.DRAFT) {
                save.addThemeVariants(post == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            }
        }
        if (post != null) {
            boolean curator = CurrentRequest.hasAnyRole(Roles.CURATOR);
            switch (post.getStatus()) {
                case DRAFT -> actions.add(primary("post-submit", "post.submit", () -> posts.submit(post.getId(), post.getVersion())));
                case REVIEW -> {
                    if (curator) {
                        actions.add(primary("post-approve", "post.approve", () -> posts.approve(post.getId(), post.getVersion())));
                        Button back = new Button(getTranslation("post.return"), e -> askReturn());
                        back.setId("post-return");
                        actions.add(back);
                    } else {
                        actions.add(new Span(getTranslation("post.waiting-review")));
                    }
                }
                case APPROVED -> {
                    Button publish = new Button(getTranslation("post.publish"), e -> askPublish());
                    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    publish.setId("post-publish");
                    actions.add(publish);
                }
                default -> {
                }
            }
            if (!closed) {
                Button cancel = new Button(getTranslation("post.cancel"), e -> confirmCancel());
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                cancel.setId("post-cancel");
                actions.add(cancel);
            }
            if (post.getPublishedLink() != null) {
                com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                        post.getPublishedLink(), getTranslation("post.open-published"));
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                actions.add(link);
            }
        }
        Button back = new Button(getTranslation("post.to-calendar"), VaadinIcon.CALENDAR.create(),
                e -> UI.getCurrent().navigate(ContentCalendarView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(back);
        showFiles(closed);
        checkStyle(text.getValue());
    }

    private String wayText() {
        StringBuilder s = new StringBuilder(getTranslation("post.way.created", Formats.dateTime(post.getCreatedAt()),
                post.getCreatedBy()));
        if (post.getSubmittedAt() != null) {
            s.append(" · ").append(getTranslation("post.way.submitted", Formats.dateTime(post.getSubmittedAt()), post.getSubmittedBy()));
        }
        if (post.getApprovedAt() != null) {
            s.append(" · ").append(getTranslation("post.way.approved", Formats.dateTime(post.getApprovedAt()), post.getApprovedBy()));
        }
        if (post.getPublishedAt() != null) {
            s.append(" · ").append(getTranslation("post.way.published", Formats.dateTime(post.getPublishedAt()), post.getPublishedBy()));
        }
        if (post.getCancelledAt() != null) {
            s.append(" · ").append(getTranslation("post.way.cancelled", Formats.dateTime(post.getCancelledAt()), post.getCancelledBy()));
        }
        return s.toString();
    }

    private Button primary(String id, String key, java.util.function.Supplier<Post> step) {
        Button b = new Button(getTranslation(key), e -> run(step, key + ".done"));
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        b.setId(id);
        return b;
    }

    private void run(java.util.function.Supplier<Post> step, String doneKey) {
        try {
            post = step.get();
            Toasts.success(getTranslation(doneKey));
            binder.readBean(PostDraft.of(post, zone));
            showState();
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
    }

    private void save() {
        PostDraft draft = post == null ? new PostDraft() : PostDraft.of(post, zone);
        try {
            binder.writeBean(draft);
        } catch (ValidationException invalid) {
            return; // the fields say what is wrong
        }
        if (draft.getAccountIds().isEmpty()) {
            accountsField.setInvalid(true);
            accountsField.setErrorMessage(getTranslation("post.accounts.required"));
            return;
        }
        boolean created = post == null;
        try {
            post = posts.save(draft);
            Toasts.success(getTranslation("post.saved"));
            if (created) {
                UI.getCurrent().navigate(PostView.class, post.getId());
            } else {
                binder.readBean(PostDraft.of(post, zone));
                showState();
            }
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
    }

    private void askReturn() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("post.return"));
        TextArea comment = new TextArea(getTranslation("post.return.comment"));
        comment.setWidth("28rem");
        comment.setMaxLength(1000);
        comment.setId("post-return-comment");
        d.add(comment);
        Button ok = new Button(getTranslation("post.return"), e -> {
            if (comment.isEmpty()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("error.post.comment-required"));
                return;
            }
            d.close();
            run(() -> posts.returnForRework(post.getId(), post.getVersion(), comment.getValue()), "post.returned.done");
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("post-return-ok");
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void askPublish() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("post.publish"));
        TextField link = new TextField(getTranslation("post.published-link"));
        link.setPlaceholder("https://vk.com/wall-...");
        link.setWidth("28rem");
        link.setId("post-published-link");
        d.add(link);
        Button ok = new Button(getTranslation("post.publish"), e -> {
            d.close();
            run(() -> posts.publish(post.getId(), post.getVersion(), link.getValue()), "post.publish.done");
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("post-publish-ok");
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void confirmCancel() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("post.cancel"), getTranslation("post.cancel.text"),
                getTranslation("post.cancel"), e -> run(() -> posts.cancel(post.getId(), post.getVersion()), "post.cancel.done"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    // ---------------------------------------------------------------- files

    private void showFiles(boolean closed) {
        files.removeAll();
        if (post == null) {
            files.add(new Span(getTranslation("post.files.after-save")));
            return;
        }
        HorizontalLayout previews = new HorizontalLayout();
        previews.setWrap(true);
        for (PostMedia m : posts.media(post.getId())) {
            previews.add(mediaCard(m, closed));
        }
        files.add(new Span(getTranslation("post.files")), previews);
        if (!closed) {
            MemoryBuffer buffer = new MemoryBuffer();
            Upload upload = new Upload(buffer);
            upload.setId("post-upload");
            upload.setAcceptedFileTypes(Arrays.stream(MediaType.values()).map(MediaType::mime).toArray(String[]::new));
            long max = Arrays.stream(MediaType.values()).mapToLong(MediaType::limitBytes).max().orElse(0);
            upload.setMaxFileSize((int) max);
            upload.setDropLabel(new Span(getTranslation("post.files.drop")));
            upload.addFileRejectedListener(e -> Toasts.error(getTranslation("post.files.rejected", e.getErrorMessage())));
            upload.addSucceededListener(e -> {
                try (InputStream in = buffer.getInputStream()) {
                    posts.attach(post.getId(), e.getFileName(), in.readAllBytes());
                    Toasts.success(getTranslation("post.files.attached", e.getFileName()));
                } catch (RequestRefused refused) {
                    Toasts.refused(refused);
                } catch (IOException io) {
                    Toasts.error(getTranslation("post.files.failed"));
                }
                upload.clearFileList();
                showFiles(false);
            });
            files.add(upload, new Span(getTranslation("post.files.limits")));
        }
    }

    private Div mediaCard(PostMedia m, boolean closed) {
        Div card = new Div();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "6px")
                .set("padding", "4px").set("width", "10rem");
        card.setId("post-media-" + m.getId());
        if (m.getMediaType().image()) {
            Image preview = new Image(new StreamResource(m.getFileName(),
                    () -> new ByteArrayInputStream(posts.mediaWithContent(m.getId()).getContent())), m.getFileName());
            preview.setMaxWidth("100%");
            preview.setMaxHeight("7rem");
            card.add(preview);
        } else {
            card.add(VaadinIcon.FILE_O.create());
        }
        Span name = new Span(m.getFileName() + " · " + (m.getSizeBytes() + 1023) / 1024 + " КБ");
        name.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("display", "block");
        card.add(name);
        if (!closed) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                posts.detach(m.getId());
                showFiles(false);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("post.files.remove"));
            card.add(remove);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("post.title");
    }
}
