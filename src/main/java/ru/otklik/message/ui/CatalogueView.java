package ru.otklik.message.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.FriendlyErrors;
import ru.otklik.base.ui.Toasts;
import ru.otklik.message.boundary.Catalogue;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.Topic;

/**
 * Настройки → Сети и темы: the networks messages and accounts live in (Facebook, Instagram and
 * Twitter are kept as restricted: blocked in Russia since 2022) and the topics of messages.
 * Entries are switched off, never deleted, so older messages keep them.
 */
@Route("settings/catalogue")
@Menu(title = "menu.catalogue", order = 84, icon = "vaadin:list-ul")
@RolesAllowed(Roles.ADMIN)
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final Catalogue catalogue;
    final Grid<Network> networks = new Grid<>(Network.class, false);
    final Grid<Topic> topics = new Grid<>(Topic.class, false);

    @Inject
    public CatalogueView(Catalogue catalogue) {
        this.catalogue = catalogue;
        setMaxWidth("64rem");
        networks.setId("catalogue-networks");
        networks.addThemeVariants(GridVariant.LUMO_COMPACT);
        networks.addColumn(Network::getCode).setHeader(getTranslation("catalogue.code")).setAutoWidth(true);
        networks.addComponentColumn(n -> nameField(n.getName(), v -> {
            n.setName(v);
            save(n);
        })).setHeader(getTranslation("catalogue.name")).setFlexGrow(2);
        networks.addComponentColumn(n -> check(n.isActive(), v -> {
            n.setActive(v);
            save(n);
        })).setHeader(getTranslation("catalogue.active")).setAutoWidth(true);
        networks.addComponentColumn(n -> check(n.isRestricted(), v -> {
            n.setRestricted(v);
            save(n);
        })).setHeader(getTranslation("catalogue.restricted")).setAutoWidth(true);
        networks.addComponentColumn(n -> {
            IntegerField limit = new IntegerField();
            limit.setValue(n.getAnswerLimit());
            limit.setMin(100);
            limit.setMax(100_000);
            limit.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    n.setAnswerLimit(e.getValue());
                    save(n);
                }
            });
            return limit;
        }).setHeader(getTranslation("catalogue.answer-limit")).setAutoWidth(true);
        networks.setAllRowsVisible(true);

        topics.setId("catalogue-topics");
        topics.addThemeVariants(GridVariant.LUMO_COMPACT);
        topics.addColumn(Topic::getCode).setHeader(getTranslation("catalogue.code")).setAutoWidth(true);
        topics.addComponentColumn(t -> nameField(t.getName(), v -> {
            t.setName(v);
            save(t);
        })).setHeader(getTranslation("catalogue.name")).setFlexGrow(2);
        topics.addComponentColumn(t -> check(t.isActive(), v -> {
            t.setActive(v);
            save(t);
        })).setHeader(getTranslation("catalogue.active")).setAutoWidth(true);
        topics.setAllRowsVisible(true);

        add(new H2(getTranslation("catalogue.title")), new Paragraph(getTranslation("catalogue.intro")),
                new H3(getTranslation("catalogue.networks")), networks, adder(true),
                new H3(getTranslation("catalogue.topics")), topics, adder(false));
        refresh();
    }

    private HorizontalLayout adder(boolean network) {
        TextField code = new TextField(getTranslation("catalogue.code"));
        code.setPattern("[a-z0-9_-]{1,30}");
        code.setHelperText(getTranslation("catalogue.code.help"));
        TextField name = new TextField(getTranslation("catalogue.name"));
        name.setMaxLength(100);
        Button add = new Button(getTranslation(network ? "catalogue.add-network" : "catalogue.add-topic"), e -> {
            try {
                if (network) {
                    catalogue.addNetwork(code.getValue(), name.getValue());
                } else {
                    catalogue.addTopic(code.getValue(), name.getValue());
                }
                code.clear();
                name.clear();
                Toasts.success(getTranslation("catalogue.added"));
                refresh();
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            } catch (RuntimeException invalid) {
                Toasts.error(FriendlyErrors.describe(getUI().orElseThrow(), invalid));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(code, name, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private static TextField nameField(String value, java.util.function.Consumer<String> onChange) {
        TextField f = new TextField();
        f.setValue(value);
        f.setMaxLength(100);
        f.setWidthFull();
        f.addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().isBlank()) {
                onChange.accept(e.getValue().strip());
            }
        });
        return f;
    }

    private static Checkbox check(boolean value, java.util.function.Consumer<Boolean> onChange) {
        Checkbox c = new Checkbox(value);
        c.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue());
            }
        });
        return c;
    }

    private void save(Network n) {
        try {
            catalogue.save(n);
            Toasts.success(getTranslation("catalogue.saved", n.getName()));
        } catch (RuntimeException failure) {
            Toasts.error(FriendlyErrors.describe(getUI().orElseThrow(), failure));
        }
        refresh();
    }

    private void save(Topic t) {
        try {
            catalogue.save(t);
            Toasts.success(getTranslation("catalogue.saved", t.getName()));
        } catch (RuntimeException failure) {
            Toasts.error(FriendlyErrors.describe(getUI().orElseThrow(), failure));
        }
        refresh();
    }

    private void refresh() {
        networks.setItems(catalogue.networks());
        topics.setItems(catalogue.topics());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }
}
