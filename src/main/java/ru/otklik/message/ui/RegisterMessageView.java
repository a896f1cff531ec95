package ru.otklik.message.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Pickers;
import ru.otklik.base.ui.Toasts;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.boundary.NewMessage;
import ru.otklik.message.boundary.Registration;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.Topic;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Registering a message found by staff (or brought by phone from the monitoring service): the
 * form validates as the boundary does, and warns at once when the same post link is already
 * registered. The deadline is computed from the detection time.
 */
@Route("messages/new")
@RolesAllowed({Roles.OPERATOR, Roles.CURATOR})
public class RegisterMessageView extends VerticalLayout implements HasDynamicTitle {

    private final Messages messages;
    private final ZoneId zone;
    final Select<MessageKind> kind = new Select<>();
    final ComboBox<Network> network = new ComboBox<>();
    final ComboBox<Topic> topic = new ComboBox<>();
    final TextField url = new TextField();
    final TextField authorName = new TextField();
    final TextField authorUrl = new TextField();
    final TextArea text = new TextArea();
    final DateTimePicker detectedAt = new DateTimePicker();
    final Paragraph duplicate = new Paragraph();

    @Inject
    public RegisterMessageView(Messages messages, CurrentOrganisation organisation, Clock clock) {
        this.messages = messages;
        this.zone = organisation.zone();
        setMaxWidth("56rem");
        kind.setLabel(getTranslation("messages.kind"));
        kind.setItems(MessageKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.setValue(MessageKind.PUBLICATION);
        kind.setId("register-kind");
        network.setLabel(getTranslation("messages.network"));
        network.setItems(messages.networks().stream().filter(Network::isOffered).toList());
        network.setItemLabelGenerator(Network::getName);
        network.setId("register-network");
        topic.setLabel(getTranslation("messages.topic"));
        topic.setItems(messages.topics().stream().filter(Topic::isActive).toList());
        topic.setItemLabelGenerator(Topic::getName);
        topic.setClearButtonVisible(true);
        topic.setId("register-topic");
        url.setLabel(getTranslation("message.link"));
        url.setPlaceholder("https://vk.com/wall-…");
        url.setMaxLength(1000);
        url.setValueChangeMode(ValueChangeMode.ON_BLUR);
        url.addValueChangeListener(e -> checkDuplicate());
        url.setId("register-url");
        authorName.setLabel(getTranslation("message.author"));
        authorName.setMaxLength(200);
        authorName.setId("register-author");
        authorUrl.setLabel(getTranslation("message.author-link"));
        authorUrl.setMaxLength(1000);
        text.setLabel(getTranslation("messages.text"));
        text.setMinHeight("8rem");
        text.setId("register-text");
        detectedAt.setLabel(getTranslation("messages.detected"));
        detectedAt.setLocale(getLocale());
        detectedAt.setDatePickerI18n(Pickers.datePicker("").getI18n());
        detectedAt.setValue(LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES));
        detectedAt.setId("register-detected");
        duplicate.addClassName("warning-text");
        duplicate.setVisible(false);
        duplicate.setId("register-duplicate");
        FormLayout form = new FormLayout(kind, network, topic, detectedAt, url, authorName, authorUrl, text);
        form.setColspan(text, 2);
        form.setColspan(url, 2);
        Button save = new Button(getTranslation("messages.register"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("register-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> UI.getCurrent().navigate(MessagesView.class));
        add(new H2(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), form, duplicate,
                new HorizontalLayout(save, cancel));
    }

    private void checkDuplicate() {
        List<Message> same = url.getValue().isBlank() ? List.of() : messages.withSameLink(url.getValue());
        duplicate.setVisible(!same.isEmpty());
        duplicate.setText(same.isEmpty() ? "" : getTranslation("register.duplicate",
                same.stream().map(m -> "№" + m.getId()).collect(Collectors.joining(", "))));
    }

    private void save() {
        NewMessage m = new NewMessage();
        m.setKind(kind.getValue());
        m.setNetwork(network.getValue() == null ? null : network.getValue().getCode());
        m.setTopic(topic.getValue() == null ? null : topic.getValue().getCode());
        m.setUrl(url.getValue());
        m.setAuthorName(authorName.getValue());
        m.setAuthorUrl(authorUrl.getValue());
        m.setText(text.getValue());
        m.setDetectedAt(detectedAt.getValue() == null ? null : detectedAt.getValue().atZone(zone).toInstant());
        m.setSource("manual");
        try {
            Registration r = messages.register(m);
            Toasts.success(getTranslation("register.done", r.message().getId()));
            UI.getCurrent().navigate(MessageView.class, r.message().getId());
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
            mark(refused.parameter());
        } catch (jakarta.validation.ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(v -> {
                String field = v.getPropertyPath().toString();
                mark(field.substring(field.lastIndexOf('.') + 1));
            });
            Toasts.error(getTranslation("error.invalid", invalid.getConstraintViolations().stream()
                    .map(v -> v.getMessage()).sorted().collect(Collectors.joining("; "))));
        }
    }

    private void mark(String field) {
        if (field == null) {
            return;
        }
        switch (field) {
            case "network" -> network.setInvalid(true);
            case "text" -> text.setInvalid(true);
            case "url" -> url.setInvalid(true);
            case "authorUrl" -> authorUrl.setInvalid(true);
            case "detectedAt" -> detectedAt.setInvalid(true);
            case "kind" -> kind.setInvalid(true);
            default -> {
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
