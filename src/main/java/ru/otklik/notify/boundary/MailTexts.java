package ru.otklik.notify.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.base.ui.Translations;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.notify.entity.NotificationKind;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of notification e-mails, in the recipient's language (Russian unless they chose
 * English), with deadlines in the organisation's time zone as dd.MM.yyyy HH:mm and a link to the
 * message ({@code OTKLIK_BASE_URL}, default http://localhost:8080). Plain text: the excerpt is a
 * stranger's words and must not become markup; line breaks are removed from subjects.
 */
@ApplicationScoped
public class MailTexts {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public record Mail(String subject, String body) {
    }

    private final String baseUrl = baseUrl(System.getenv("OTKLIK_BASE_URL"));

    public Mail about(NotificationKind kind, Locale locale, ZoneId zone, Long messageId, MessageKind messageKind,
                      Instant dueAt, String excerpt) {
        String number = messageId == null ? "" : String.valueOf(messageId);
        String kindName = messageKind == null ? "" : Translations.translate("message.kind." + messageKind.name(), locale);
        String due = dueAt == null ? "" : WHEN.format(dueAt.atZone(zone));
        String link = kind == NotificationKind.CONTENT_SHORTFALL ? baseUrl + "/content"
                : messageId == null ? baseUrl + "/control" : baseUrl + "/message/" + messageId;
        String subject = Translations.translate("mail." + kind.name() + ".subject", locale, number, kindName);
        String body = Translations.translate("mail." + kind.name() + ".body", locale, number, kindName, due,
                excerpt == null ? "" : excerpt, link)
                + "\n\n-- \n" + Translations.translate("mail.footer", locale, baseUrl + "/notifications");
        return new Mail(oneLine(subject), body);
    }

    /** The address of the application for links in e-mails. */
    public String baseUrl() {
        return baseUrl;
    }

    static String oneLine(String text) {
        String flat = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return flat.length() <= 250 ? flat : flat.substring(0, 249) + "…";
    }

    static String baseUrl(String configured) {
        String url = configured == null || configured.isBlank() ? "http://localhost:8080" : configured.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
