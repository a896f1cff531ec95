package ru.otklik.moderation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.ui.Formats;
import ru.otklik.moderation.boundary.Moderation;
import ru.otklik.moderation.boundary.RepeatOffender;

import java.util.Map;

/** Повторные нарушители: authors with two or more deleted comments or bans, most first. */
@Route("moderation/offenders")
@Menu(title = "menu.offenders", order = 52, icon = "vaadin:user-check")
@RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN})
public class OffendersView extends VerticalLayout implements HasDynamicTitle {

    /** Deleted comments and bans together, from which an author is listed. */
    static final int MINIMUM = 2;

    @Inject
    public OffendersView(Moderation moderation) {
        Grid<RepeatOffender> grid = new Grid<>(RepeatOffender.class, false);
        grid.setId("offenders-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(o -> {
            Button author = new Button(o.label(), e -> UI.getCurrent().navigate(AuthorView.class,
                    QueryParameters.simple(Map.of("network", String.valueOf(o.network().getId()), "author", o.authorId()))));
            author.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return author;
        }).setHeader(getTranslation("moderation.author")).setAutoWidth(true);
        grid.addColumn(RepeatOffender::authorId).setHeader(getTranslation("moderation.author-id")).setAutoWidth(true);
        grid.addColumn(o -> o.network() == null ? "" : o.network().getName()).setHeader(getTranslation("blacklist.network"))
                .setAutoWidth(true);
        grid.addColumn(RepeatOffender::deletedComments).setHeader(getTranslation("offenders.deleted")).setAutoWidth(true);
        grid.addColumn(RepeatOffender::bans).setHeader(getTranslation("offenders.bans")).setAutoWidth(true);
        grid.addColumn(o -> Formats.dateTime(o.lastAt())).setHeader(getTranslation("offenders.last")).setAutoWidth(true);
        grid.setItems(moderation.repeatOffenders(MINIMUM));
        grid.setEmptyStateText(getTranslation("offenders.empty"));
        setSizeFull();
        add(new H2(getTranslation("offenders.title")), new Paragraph(getTranslation("offenders.intro", MINIMUM)), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offenders.title");
    }
}
