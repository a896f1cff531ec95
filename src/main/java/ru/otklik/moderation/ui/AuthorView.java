package ru.otklik.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.moderation.boundary.AuthorHistory;
import ru.otklik.moderation.boundary.Blacklists;
import ru.otklik.moderation.boundary.Moderation;
import ru.otklik.moderation.entity.Blacklisting;
import ru.otklik.moderation.entity.Comment;

import java.time.Clock;
import java.util.List;

/**
 * One author's history in the organisation's accounts: every earlier comment with its decision,
 * and every ban with how it ended; a ban for all the accounts of the network from here.
 * Opened as {@code moderation/author?network=ID&author=NETWORK_USER_ID}.
 */
@Route("moderation/author")
@RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN})
public class AuthorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Moderation moderation;
    private final Blacklists blacklists;
    private final Clock clock;
    private String title = "";

    @Inject
    public AuthorView(Moderation moderation, Blacklists blacklists, Clock clock) {
        this.moderation = moderation;
        this.blacklists = blacklists;
        this.clock = clock;
        setMaxWidth("90rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        List<String> network = params.getParameters().getOrDefault("network", List.of());
        List<String> author = params.getParameters().getOrDefault("author", List.of());
        removeAll();
        if (network.size() != 1 || author.size() != 1 || !network.get(0).matches("\\d{1,18}")) {
            add(new Paragraph(getTranslation("error.not-found")));
            return;
        }
        try {
            show(moderation.history(Long.parseLong(network.get(0)), author.get(0)));
        } catch (RequestRefused refused) {
            add(new Paragraph(getTranslation(refused.key(), refused.args())));
        }
    }

    private void show(AuthorHistory h) {
        title = getTranslation("author.title", h.label());
        H2 heading = new H2(title);
        heading.setId("author-title");
        HorizontalLayout head = new HorizontalLayout(heading);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (h.bannedNow()) {
            head.add(Badges.badge(getTranslation("moderation.banned-author"), "error primary"));
        }
        Button ban = new Button(getTranslation("author.ban-network", h.network().getName()), VaadinIcon.BAN.create(),
                e -> ModerationDialogs.ban(blacklists, null, h.network(), h.authorId(), h.authorName(), null, null,
                        () -> show(moderation.history(h.network().getId(), h.authorId()))));
        ban.setId("author-ban");
        ban.addThemeVariants(ButtonVariant.LUMO_ERROR);
        head.add(ban);
        Paragraph summary = new Paragraph(getTranslation("author.summary", h.network().getName(), h.authorId(),
                h.comments().size(), h.deleted(), h.bans().size()));
        summary.setId("author-summary");

        Grid<Comment> comments = new Grid<>(Comment.class, false);
        comments.setId("author-comments");
        comments.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        comments.addColumn(c -> Formats.dateTime(c.getPostedAt())).setHeader(getTranslation("moderation.posted"))
                .setAutoWidth(true).setFlexGrow(0);
        comments.addColumn(c -> c.getAccount().getName()).setHeader(getTranslation("moderation.account")).setAutoWidth(true);
        comments.addComponentColumn(c -> {
            Div text = new Div();
            text.setText(c.getText());
            text.getStyle().set("white-space", "pre-wrap");
            return text;
        }).setHeader(getTranslation("moderation.text")).setFlexGrow(3);
        comments.addComponentColumn(c -> Badges.flags(c, this::getTranslation)).setHeader(getTranslation("moderation.flags"))
                .setAutoWidth(true);
        comments.addComponentColumn(c -> Badges.state(c, this::getTranslation)).setHeader(getTranslation("moderation.state"))
                .setAutoWidth(true);
        comments.addColumn(c -> c.getDecidedBy() == null ? "" : c.getDecidedBy() + ", " + Formats.dateTime(c.getDecidedAt())
                + (c.getDecisionNote() == null ? "" : ": " + c.getDecisionNote()))
                .setHeader(getTranslation("author.decided")).setAutoWidth(true);
        comments.setItems(h.comments());
        comments.setAllRowsVisible(true);
        comments.setEmptyStateText(getTranslation("author.no-comments"));

        Grid<Blacklisting> bans = new Grid<>(Blacklisting.class, false);
        bans.setId("author-bans");
        bans.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        bans.addColumn(b -> BanColumns.scope(b, this::getTranslation)).setHeader(getTranslation("blacklist.scope"))
                .setAutoWidth(true);
        bans.addColumn(b -> getTranslation(b.getReason().key())).setHeader(getTranslation("moderation.ban.reason"))
                .setAutoWidth(true);
        bans.addColumn(b -> getTranslation(b.getTerm().key())).setHeader(getTranslation("moderation.ban.term"))
                .setAutoWidth(true);
        bans.addColumn(b -> BanColumns.until(b, this::getTranslation)).setHeader(getTranslation("blacklist.until"))
                .setAutoWidth(true);
        bans.addColumn(b -> b.getBannedBy() + ", " + Formats.dateTime(b.getBannedAt()))
                .setHeader(getTranslation("blacklist.banned-by")).setAutoWidth(true);
        bans.addComponentColumn(b -> BanColumns.status(b, clock.instant(), this::getTranslation))
                .setHeader(getTranslation("blacklist.status")).setAutoWidth(true);
        bans.setItems(h.bans());
        bans.setAllRowsVisible(true);
        bans.setEmptyStateText(getTranslation("author.no-bans"));

        removeAll();
        add(head, summary, new H3(getTranslation("author.comments")), comments, new H3(getTranslation("author.bans")),
                bans);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("moderation.author") : title;
    }
}
