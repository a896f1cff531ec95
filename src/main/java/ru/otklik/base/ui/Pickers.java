package ru.otklik.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the user's language and show dates as dd.MM.yyyy. */
public final class Pickers {

    private Pickers() {
    }

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = UI.getCurrent() == null ? Translations.RUSSIAN : UI.getCurrent().getLocale();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(Formats.DATE_PATTERN);
        i18n.setMonthNames(capitalised(Arrays.asList(symbols.getMonths()).subList(0, 12), locale));
        i18n.setWeekdays(capitalised(Arrays.asList(symbols.getWeekdays()).subList(1, 8), locale));
        i18n.setWeekdaysShort(capitalised(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8), locale));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(Translations.translate("date.today", locale));
        i18n.setCancel(Translations.translate("action.cancel", locale));
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }

    private static List<String> capitalised(List<String> names, Locale locale) {
        return names.stream()
                .map(n -> n.isEmpty() ? n : n.substring(0, 1).toUpperCase(locale) + n.substring(1))
                .toList();
    }
}
