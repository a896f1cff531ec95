package ru.otklik.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.FriendlyErrors;
import ru.otklik.base.ui.Pickers;
import ru.otklik.base.ui.Toasts;
import ru.otklik.message.entity.Network;
import ru.otklik.moderation.boundary.BanRequest;
import ru.otklik.moderation.boundary.Blacklists;
import ru.otklik.moderation.boundary.Moderation;
import ru.otklik.moderation.boundary.NewComment;
import ru.otklik.moderation.entity.BanReason;
import ru.otklik.moderation.entity.BanTerm;
import ru.otklik.moderation.entity.DeleteReason;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The dialogs of moderation: delete with a reason (one comment or a selection), ban an author (as
 * VK's community ban dialog: scope, reason, term, comment), end a ban early, put a comment in by
 * hand. Each says exactly what will happen; a permanent ban asks once more.
 */
final class ModerationDialogs {

    private ModerationDialogs() {
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** Runs a boundary command; a refusal or failure is shown, and the dialog stays open. */
    static boolean attempt(Supplier<?> command) {
        try {
            command.get();
            return true;
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        } catch (RuntimeException failure) {
            Toasts.error(FriendlyErrors.describe(UI.getCurrent(), failure));
        }
        return false;
    }

    private static Dialog dialog(String title, Component... content) {
        Dialog d = new Dialog();
        d.setHeaderTitle(title);
        VerticalLayout body = new VerticalLayout(content);
        body.setPadding(false);
        body.setWidth("32rem");
        body.getStyle().set("max-width", "100%");
        d.add(body);
        Button cancel = new Button(t("action.cancel"), e -> d.close());
        d.getFooter().add(cancel);
        return d;
    }

    /**
     * Asks the reason of a deletion, suggested by the abuse flags when there is one.
     *
     * @param count how many comments the deletion takes (1 or a selection)
     */
    static void delete(int count, DeleteReason suggested, Consumer<Deletion> onConfirm) {
        Select<DeleteReason> reason = new Select<>();
        reason.setLabel(t("moderation.delete.reason"));
        reason.setId("delete-reason");
        reason.setItems(DeleteReason.values());
        reason.setItemLabelGenerator(r -> t(r.key()));
        reason.setValue(suggested);
        reason.setWidthFull();
        if (suggested != null) {
            reason.setHelperText(t("moderation.delete.suggested", t(suggested.key())));
        }
        TextArea note = new TextArea(t("moderation.delete.note"));
        note.setId("delete-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        Paragraph what = new Paragraph(count == 1 ? t("moderation.delete.what-one") : t("moderation.delete.what-many", count));
        Dialog d = dialog(t(count == 1 ? "moderation.delete.title" : "moderation.delete.title-many", count), what, reason,
                note);
        Button confirm = new Button(t("moderation.delete"), e -> {
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage(t("moderation.delete.reason.required"));
                return;
            }
            onConfirm.accept(new Deletion(reason.getValue(), note.getValue(), d));
        });
        confirm.setId("delete-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.getFooter().add(confirm);
        d.open();
    }

    /** What the delete dialog gave: the reason, the note, and the dialog to close once done. */
    record Deletion(DeleteReason reason, String note, Dialog dialog) {
    }

    /**
     * The ban dialog: the author, one account or all the organisation's accounts in its network,
     * the reason, the term (or a date) and a comment.
     */
    static void ban(Blacklists blacklists, OfficialAccount account, Network network, String authorId, String authorName,
                    Long commentId, BanReason suggested, Runnable done) {
        Paragraph who = new Paragraph(t("moderation.ban.who", authorName == null ? authorId : authorName, authorId,
                network.getName()));
        RadioButtonGroup<Boolean> scope = new RadioButtonGroup<>(t("moderation.ban.scope"));
        scope.setId("ban-scope");
        scope.setItems(account == null ? List.of(Boolean.FALSE) : List.of(Boolean.TRUE, Boolean.FALSE));
        scope.setItemLabelGenerator(one -> one ? t("moderation.ban.scope.account", account.getName())
                : t("moderation.ban.scope.network", network.getName()));
        scope.setValue(account != null);
        Select<BanReason> reason = new Select<>();
        reason.setLabel(t("moderation.ban.reason"));
        reason.setId("ban-reason");
        reason.setItems(BanReason.values());
        reason.setItemLabelGenerator(r -> t(r.key()));
        reason.setValue(suggested == null ? BanReason.OTHER : suggested);
        reason.setWidthFull();
        Select<BanTerm> term = new Select<>();
        term.setLabel(t("moderation.ban.term"));
        term.setId("ban-term");
        term.setItems(BanTerm.values());
        term.setItemLabelGenerator(r -> t(r.key()));
        term.setValue(BanTerm.WEEK);
        term.setWidthFull();
        DatePicker until = Pickers.datePicker(t("moderation.ban.until"));
        until.setId("ban-until");
        until.setVisible(false);
        until.setMin(LocalDate.now(Formats.zone()));
        term.addValueChangeListener(e -> until.setVisible(e.getValue() == BanTerm.UNTIL_DATE));
        TextArea note = new TextArea(t("moderation.ban.note"));
        note.setId("ban-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        Dialog d = dialog(t("moderation.ban.title"), who, scope, reason, term, until, note);
        Button confirm = new Button(t("moderation.ban"), e -> {
            BanRequest r = new BanRequest(Boolean.TRUE.equals(scope.getValue()) ? account.getId() : null, network.getId(),
                    authorId, authorName, reason.getValue(), term.getValue());
            r.setUntil(until.getValue());
            r.setNote(note.getValue());
            r.setComment(commentId);
            Runnable command = () -> {
                if (attempt(() -> blacklists.ban(r))) {
                    Toasts.success(t("moderation.ban.done", authorName == null ? authorId : authorName));
                    d.close();
                    done.run();
                }
            };
            if (term.getValue() == BanTerm.FOREVER) {
                ConfirmDialog sure = new ConfirmDialog(t("moderation.ban.forever.title"),
                        t("moderation.ban.forever.text", authorName == null ? authorId : authorName),
                        t("moderation.ban"), ok -> command.run());
                sure.setCancelable(true);
                sure.setCancelText(t("action.cancel"));
                sure.setConfirmButtonTheme("error primary");
                sure.open();
            } else {
                command.run();
            }
        });
        confirm.setId("ban-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.getFooter().add(confirm);
        d.open();
    }

    /** Ending a ban early: the reason is required. */
    static void removeBan(String author, Consumer<RemovalReason> onConfirm) {
        TextArea reason = new TextArea(t("moderation.unban.reason"));
        reason.setId("unban-reason");
        reason.setMaxLength(2000);
        reason.setRequired(true);
        reason.setWidthFull();
        Dialog d = dialog(t("moderation.unban.title", author), new Paragraph(t("moderation.unban.what")), reason);
        Button confirm = new Button(t("moderation.unban"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(t("moderation.unban.reason.required"));
                return;
            }
            onConfirm.accept(new RemovalReason(reason.getValue(), d));
        });
        confirm.setId("unban-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(confirm);
        d.open();
    }

    record RemovalReason(String text, Dialog dialog) {
    }

    /** A comment typed in by hand (copied from the network). */
    static void addComment(Moderation moderation, List<OfficialAccount> accounts, Runnable done) {
        Select<OfficialAccount> account = new Select<>();
        account.setLabel(t("moderation.account"));
        account.setId("comment-account");
        account.setItems(accounts);
        account.setItemLabelGenerator(a -> a.getName() + " (" + a.getNetwork().getName() + ")");
        account.setWidthFull();
        if (accounts.size() == 1) {
            account.setValue(accounts.get(0));
        }
        TextField authorId = new TextField(t("moderation.author-id"));
        authorId.setId("comment-author-id");
        authorId.setHelperText(t("moderation.author-id.help"));
        authorId.setMaxLength(100);
        TextField authorName = new TextField(t("moderation.author-name"));
        authorName.setId("comment-author-name");
        authorName.setMaxLength(200);
        TextArea text = new TextArea(t("moderation.text"));
        text.setId("comment-text");
        text.setWidthFull();
        TextField url = new TextField(t("moderation.link"));
        url.setId("comment-url");
        url.setMaxLength(1000);
        url.setWidthFull();
        DateTimePicker posted = new DateTimePicker(t("moderation.posted"));
        posted.setId("comment-posted");
        posted.setValue(LocalDateTime.now(Formats.zone()).withSecond(0).withNano(0));
        Dialog d = dialog(t("moderation.add.title"), account, authorId, authorName, text, url, posted);
        Button save = new Button(t("action.save"), e -> {
            NewComment c = new NewComment(account.getValue() == null ? null : account.getValue().getId(),
                    authorId.getValue(), authorName.getValue(), text.getValue(),
                    posted.getValue() == null ? null : posted.getValue().atZone(Formats.zone()).toInstant());
            c.setUrl(url.getValue());
            if (attempt(() -> moderation.add(c))) {
                Toasts.success(t("moderation.add.done"));
                d.close();
                done.run();
            }
        });
        save.setId("comment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(save);
        d.open();
    }
}
