package ru.otklik.content.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Pickers;
import ru.otklik.base.ui.Toasts;
import ru.otklik.content.boundary.PostFilter;
import ru.otklik.content.boundary.Posts;
import ru.otklik.content.entity.Post;
import ru.otklik.content.entity.PostFormat;
import ru.otklik.content.entity.PostStatus;
import ru.otklik.content.entity.PostTopic;
import ru.otklik.socialaccount.boundary.Accounts;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The content plan as a list (R2.4, R2.6): every post, lazily from the database, filtered by
 * account, status, format, topic, period and words of the text; a row opens the post.
 */
@Route("content/list")
@RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR})
public class PostsView extends VerticalLayout implements HasDynamicTitle {

    private final Posts posts;
    final Grid<Post> grid = new Grid<>(Post.class, false);
    final ComboBox<OfficialAccount> account = new ComboBox<>();
    final Select<PostStatus> status = new Select<>();
    final Select<PostFormat> format = new Select<>();
    final Select<PostTopic> topic = new Select<>();
    final DatePicker from = Pickers.datePicker(null);
    final DatePicker to = Pickers.datePicker(null);
    final TextField search = new TextField();
    final Span count = new Span();
    private final Map<Long, String> accountNames;

    @Inject
    public PostsView(Posts posts, Accounts accounts) {
        this.posts = posts;
        List<OfficialAccount> all = accounts.list();
        accountNames = all.stream().collect(Collectors.toMap(OfficialAccount::getId, OfficialAccount::getName));
        setSizeFull();
        account.setItems(all);
        account.setItemLabelGenerator(OfficialAccount::getName);
        account.setLabel(getTranslation("post.accounts"));
        account.setClearButtonVisible(true);
        account.setId("posts-account");
        status.setLabel(getTranslation("post.status"));
        status.setItems(PostStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("posts.any") : getTranslation(s.key()));
        status.setId("posts-status");
        format.setLabel(getTranslation("post.format"));
        format.setItems(PostFormat.values());
        format.setEmptySelectionAllowed(true);
        format.setItemLabelGenerator(f -> f == null ? getTranslation("posts.any") : getTranslation(f.key()));
        topic.setLabel(getTranslation("post.topic"));
        topic.setItems(PostTopic.values());
        topic.setEmptySelectionAllowed(true);
        topic.setItemLabelGenerator(t -> t == null ? getTranslation("posts.any") : getTranslation(t.key()));
        from.setLabel(getTranslation("posts.from"));
        to.setLabel(getTranslation("posts.to"));
        search.setPlaceholder(getTranslation("posts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("posts-search");
        account.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        format.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        Button calendar = new Button(getTranslation("post.to-calendar"), VaadinIcon.CALENDAR.create(),
                e -> UI.getCurrent().navigate(ContentCalendarView.class));
        HorizontalLayout filters = new HorizontalLayout(account, status, format, topic, from, to, search, calendar);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("posts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> Formats.dateTime(p.getPlannedAt())).setHeader(getTranslation("post.plannedAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.getAccountIds().stream().map(accountNames::get).filter(n -> n != null).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("post.accounts")).setResizable(true);
        grid.addColumn(p -> getTranslation(p.getFormat().key())).setHeader(getTranslation("post.format")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.getTopic().key())).setHeader(getTranslation("post.topic")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            Span s = new Span(getTranslation(p.getStatus().key()));
            s.getElement().getThemeList().add(p.getStatus() == PostStatus.PUBLISHED ? "badge success"
                    : p.getStatus() == PostStatus.CANCELLED ? "badge contrast" : "badge");
            return s;
        }).setHeader(getTranslation("post.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.getText().length() > 120 ? p.getText().substring(0, 120) + "…" : p.getText())
                .setHeader(getTranslation("post.text")).setFlexGrow(3);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(PostView.class, e.getItem().getId()));
        grid.setEmptyStateText(getTranslation("posts.empty"));
        count.setId("posts-count");
        add(new H2(getTranslation("posts.title")), filters, count, grid);
        refresh();
    }

    private PostFilter filter() {
        return new PostFilter(account.getValue() == null ? null : account.getValue().getId(), status.getValue(),
                format.getValue(), topic.getValue(), from.getValue(), to.getValue(), search.getValue());
    }

    private void refresh() {
        PostFilter f = filter();
        try {
            long total = posts.count(f);
            count.setText(getTranslation("posts.count", total));
            grid.setItems(q -> posts.page(f, q.getOffset(), q.getLimit()).stream(), q -> (int) posts.count(f));
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("posts.title");
    }
}
