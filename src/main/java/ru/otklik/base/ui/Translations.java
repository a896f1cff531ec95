package ru.otklik.base.ui;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Every UI string comes from the bundles {@code i18n/messages*.properties}: Russian is the
 * default ({@code messages.properties}), English the second language
 * ({@code messages_en.properties}). A missing key shows as {@code !key!} and is logged, so it
 * is seen in tests rather than guessed.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class Translations implements I18NProvider {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(RUSSIAN, ENGLISH);
    static final String BUNDLE = "i18n.messages";

    private static final Logger LOG = Logger.getLogger(Translations.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** Usable without a Vaadin session (servlets, tests). */
    public static String translate(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        String pattern;
        try {
            pattern = bundle(effective).getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing translation " + key + " for " + effective);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
    }

    /** The translation, or the fallback when the bundle has no such key (no warning: optional texts). */
    public static String translateOr(String key, Locale locale, String fallback) {
        ResourceBundle bundle = bundle(supported(locale));
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** Russian unless English was asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : RUSSIAN;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, RUSSIAN.equals(locale) ? Locale.ROOT : locale,
                Translations.class.getClassLoader(), NO_FALLBACK);
    }
}
