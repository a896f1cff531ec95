package ru.otklik.socialaccount.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.CurrentRequest;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Pickers;
import ru.otklik.base.ui.Toasts;
import ru.otklik.socialaccount.boundary.PolicyDocuments;
import ru.otklik.socialaccount.entity.PolicyDocument;

/**
 * Рекомендации (R2.3): the regional information-policy recommendations in one place, as
 * documents with a link and a note. Everyone reads them; SMM editors, the curator and the
 * administrator keep the list.
 */
@Route("accounts/recommendations")
@Menu(title = "menu.recommendations", order = 42, icon = "vaadin:book")
@RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR, Roles.ADMIN, Roles.HEAD, Roles.OPERATOR, Roles.EXECUTOR,
        Roles.MODERATOR})
public class RecommendationsView extends VerticalLayout implements HasDynamicTitle {

    private final PolicyDocuments documents;
    final Grid<PolicyDocument> grid = new Grid<>(PolicyDocument.class, false);
    private final boolean editor;

    @Inject
    public RecommendationsView(PolicyDocuments documents) {
        this.documents = documents;
        editor = CurrentRequest.hasAnyRole(Roles.SMM_EDITOR, Roles.CURATOR, Roles.ADMIN);
        setSizeFull();
        add(new H2(getTranslation("recommendations.title")));
        if (editor) {
            Button add = new Button(getTranslation("recommendations.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("recommendations-new");
            add(add);
        }
        grid.setId("recommendations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(d -> Formats.date(d.getIssuedOn())).setHeader(getTranslation("recommendations.issued"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(d -> {
            if (d.getLink() == null) {
                return new Span(d.getTitle());
            }
            Anchor a = new Anchor(d.getLink(), d.getTitle());
            a.setTarget("_blank");
            a.getElement().setAttribute("rel", "noopener noreferrer");
            return a;
        }).setHeader(getTranslation("recommendations.document")).setFlexGrow(2);
        grid.addColumn(PolicyDocument::getNote).setHeader(getTranslation("recommendations.note")).setFlexGrow(3);
        if (editor) {
            grid.addComponentColumn(d -> {
                Button change = new Button(VaadinIcon.EDIT.create(), e -> edit(d));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                change.setAriaLabel(getTranslation("action.edit"));
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(d));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("recommendations.remove"));
                return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(change, remove);
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("recommendations.empty"));
        add(grid);
        refresh();
    }

    private void edit(PolicyDocument existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("recommendations.editor"));
        TextField title = new TextField(getTranslation("recommendations.document"));
        title.setMaxLength(300);
        title.setRequired(true);
        title.setId("recommendation-title");
        TextField link = new TextField(getTranslation("recommendations.link"));
        link.setPlaceholder("https://...");
        link.setId("recommendation-link");
        DatePicker issued = Pickers.datePicker(getTranslation("recommendations.issued"));
        TextArea note = new TextArea(getTranslation("recommendations.note"));
        note.setMaxLength(5000);
        if (existing != null) {
            title.setValue(existing.getTitle());
            link.setValue(existing.getLink() == null ? "" : existing.getLink());
            issued.setValue(existing.getIssuedOn());
            note.setValue(existing.getNote() == null ? "" : existing.getNote());
        }
        FormLayout form = new FormLayout(title, link, issued, note);
        form.setColspan(note, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (title.isEmpty()) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation("recommendations.title-required"));
                return;
            }
            try {
                documents.save(existing == null ? null : existing.getId(), existing == null ? 0 : existing.getVersion(),
                        title.getValue(), link.getValue(), issued.getValue(), note.getValue());
                dialog.close();
                Toasts.success(getTranslation("recommendations.saved"));
                refresh();
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            } catch (jakarta.ejb.EJBException failure) {
                if (failure.getCause() instanceof ConstraintViolationException invalid) {
                    Toasts.error(invalid.getConstraintViolations().iterator().next().getMessage());
                } else {
                    throw failure;
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("recommendation-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRemove(PolicyDocument d) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("recommendations.remove"),
                getTranslation("recommendations.remove.text", d.getTitle()), getTranslation("recommendations.remove"),
                e -> {
                    documents.remove(d.getId());
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void refresh() {
        grid.setItems(documents.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.recommendations");
    }
}
