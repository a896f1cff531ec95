package ru.otklik.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.TimeZones;
import ru.otklik.base.ui.Toasts;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.org.entity.Organisation;

import java.time.ZoneId;
import java.util.List;

/**
 * Настройки → Организация: the settlement's name, district and time zone, and the officials of
 * the decree (item 2 responsible official, the head, the curator). ADMIN only.
 */
@Route("settings/organisation")
@Menu(title = "menu.organisation", order = 80, icon = "vaadin:building")
@RolesAllowed(Roles.ADMIN)
public class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    /** Russia's zones first, then the rest of the world. */
    static final List<ZoneId> ZONES = TimeZones.RUSSIA_FIRST;

    private final Organisations organisations;
    final TextField name = new TextField();
    final TextField district = new TextField();
    final ComboBox<ZoneId> zone = new ComboBox<>();
    final TextField responsibleOfficial = new TextField();
    final TextField headName = new TextField();
    final TextField curatorName = new TextField();
    final com.vaadin.flow.component.textfield.IntegerField postsPerWeek = new com.vaadin.flow.component.textfield.IntegerField();
    final Button save = new Button();
    private final BeanValidationBinder<Organisation> binder = new BeanValidationBinder<>(Organisation.class);
    private Organisation organisation;

    @Inject
    public OrganisationView(Organisations organisations) {
        this.organisations = organisations;
        setMaxWidth("56rem");
        name.setLabel(getTranslation("org.name"));
        name.setId("org-name");
        district.setLabel(getTranslation("org.district"));
        zone.setLabel(getTranslation("org.zone"));
        zone.setItems(ZONES);
        zone.setItemLabelGenerator(ZoneId::getId);
        zone.setId("org-zone");
        responsibleOfficial.setLabel(getTranslation("org.responsibleOfficial"));
        responsibleOfficial.setHelperText(getTranslation("org.responsibleOfficial.help"));
        headName.setLabel(getTranslation("org.headName"));
        curatorName.setLabel(getTranslation("org.curatorName"));
        curatorName.setHelperText(getTranslation("org.curatorName.help"));
        for (TextField f : new TextField[]{name, district, responsibleOfficial, headName, curatorName}) {
            f.setMaxLength(200);
        }
        postsPerWeek.setLabel(getTranslation("org.postsPerWeek"));
        postsPerWeek.setHelperText(getTranslation("org.postsPerWeek.help"));
        postsPerWeek.setMin(1);
        postsPerWeek.setMax(100);
        postsPerWeek.setStepButtonsVisible(true);
        postsPerWeek.setId("org-posts-per-week");
        binder.forField(postsPerWeek).asRequired(getTranslation("org.postsPerWeek.required"))
                .bind(Organisation::getPostsPerWeek, Organisation::setPostsPerWeek);
        binder.forField(zone).asRequired(getTranslation("org.zone.required")).bind("zone");
        binder.bindInstanceFields(this);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("org-save");
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(name, district, zone, responsibleOfficial, headName, curatorName, postsPerWeek);
        add(new H2(getTranslation("org.title")), new Paragraph(getTranslation("org.intro")), form, save);
        load();
    }

    private void load() {
        organisation = organisations.current();
        binder.readBean(organisation);
    }

    private void save() {
        try {
            binder.writeBean(organisation);
            organisation = organisations.save(organisation);
            binder.readBean(organisation);
            Formats.useZone(getUI().orElseThrow().getSession(), organisation.getZone());
            Toasts.success(getTranslation("org.saved"));
        } catch (ValidationException invalid) {
            // the fields show what is wrong
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.title");
    }
}
