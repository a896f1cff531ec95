package ru.otklik.content.ui;

import ru.otklik.base.ui.MarkedText;
import ru.otklik.textcheck.entity.StyleFinding;
import ru.otklik.textcheck.entity.StyleReport;

import java.util.List;
import java.util.Locale;

/** The style check's findings (R2.8) as marks of the post editor: the phrase, a plainer way, why. */
final class StyleMarks {

    private StyleMarks() {
    }

    static List<MarkedText.Mark> of(StyleReport report) {
        return report.findings().stream().map(StyleMarks::mark).toList();
    }

    static MarkedText.Mark mark(StyleFinding f) {
        String hint = "«" + f.fragment() + "»" + (f.suggestion() == null || f.suggestion().isBlank() ? ""
                : " → " + f.suggestion()) + (f.explanation() == null || f.explanation().isBlank() ? ""
                : ": " + f.explanation());
        return new MarkedText.Mark(f.start(), f.end(), f.category().name(), hint);
    }

    static String score(StyleReport report) {
        return String.format(Locale.ROOT, "%.1f", report.score()).replace('.', ',');
    }
}
