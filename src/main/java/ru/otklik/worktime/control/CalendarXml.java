package ru.otklik.worktime.control;

import ru.otklik.worktime.entity.DayKind;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a year of the production calendar in the xmlcalendar format
 * ({@code <calendar year="2026"><holidays><holiday id="1" title="..."/></holidays><days>
 * <day d="01.01" t="1" h="1"/>...</days></calendar>}) and refuses a file that cannot be trusted,
 * listing every problem with its line: malformed XML or a wrong root element, a missing or
 * impossible year, a date that does not exist, an unknown day type or holiday, a day listed twice
 * with different types (listed twice alike is a harmless repetition and accepted), and a year
 * that fails the Labour Code's plausibility checks ({@link LabourCode#doubts}). StAX, with DTDs
 * and external entities off.
 */
public final class CalendarXml {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    private static final long MAX_BYTES = 1024 * 1024;

    private CalendarXml() {
    }

    /** The calendar of the file, or every reason it is refused. {@code source} names where it came from. */
    public static CalendarYear read(InputStream in, String source) throws CalendarRejected {
        List<CalendarProblem> problems = new ArrayList<>();
        Map<String, String> holidayTitles = new HashMap<>();
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        Integer year = null;
        boolean rootSeen = false;
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<PendingDay> pending = new ArrayList<>();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new LimitedStream(in, MAX_BYTES), "UTF-8");
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                int line = r.getLocation().getLineNumber();
                String name = r.getLocalName();
                if (!rootSeen) {
                    rootSeen = true;
                    if (!"calendar".equals(name)) {
                        throw new CalendarRejected(List.of(new CalendarProblem(line, "calendar.problem.root", name)));
                    }
                    String y = r.getAttributeValue(null, "year");
                    year = parseYear(y);
                    if (year == null) {
                        problems.add(new CalendarProblem(line, "calendar.problem.year", y == null ? "" : y));
                    }
                } else if ("holiday".equals(name)) {
                    holidayTitles.put(r.getAttributeValue(null, "id"), r.getAttributeValue(null, "title"));
                } else if ("day".equals(name)) {
                    pending.add(new PendingDay(line, r.getAttributeValue(null, "d"), r.getAttributeValue(null, "t"),
                            r.getAttributeValue(null, "h"), r.getAttributeValue(null, "f")));
                }
            }
        } catch (XMLStreamException e) {
            if (tooLarge(e)) {
                throw new CalendarRejected(List.of(new CalendarProblem(0, "calendar.problem.too-large",
                        MAX_BYTES / 1024)));
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new CalendarRejected(List.of(new CalendarProblem(line, "calendar.problem.malformed",
                    firstLine(e.getMessage()))));
        }
        if (!rootSeen) {
            throw new CalendarRejected(List.of(new CalendarProblem(0, "calendar.problem.empty")));
        }
        if (year == null) {
            throw new CalendarRejected(problems);
        }
        for (PendingDay p : pending) {
            LocalDate date = parseDate(year, p.d());
            if (date == null) {
                problems.add(new CalendarProblem(p.line(), "calendar.problem.date", p.d() == null ? "" : p.d()));
                continue;
            }
            DayKind kind;
            try {
                kind = DayKind.ofCode(Integer.parseInt(p.t() == null ? "" : p.t().strip()));
            } catch (IllegalArgumentException e) {
                problems.add(new CalendarProblem(p.line(), "calendar.problem.type", p.t() == null ? "" : p.t(), p.d()));
                continue;
            }
            String holiday = null;
            if (p.h() != null) {
                holiday = holidayTitles.get(p.h());
                if (holiday == null) {
                    problems.add(new CalendarProblem(p.line(), "calendar.problem.holiday", p.h(), p.d()));
                    continue;
                }
            }
            LocalDate movedFrom = null;
            if (p.f() != null) {
                movedFrom = parseDate(year, p.f());
                if (movedFrom == null) {
                    problems.add(new CalendarProblem(p.line(), "calendar.problem.date", p.f()));
                    continue;
                }
            }
            CalendarDay day = new CalendarDay(date, kind, holiday, movedFrom);
            CalendarDay earlier = days.get(date);
            if (earlier != null && earlier.kind() != kind) {
                problems.add(new CalendarProblem(p.line(), "calendar.problem.duplicate", p.d(), lineOf.get(date)));
                continue;
            }
            if (earlier == null) {
                days.put(date, day);
                lineOf.put(date, p.line());
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarRejected(problems);
        }
        CalendarYear calendar = new CalendarYear(year, days, true, source);
        for (LabourCode.Doubt doubt : LabourCode.doubts(calendar)) {
            int line = doubt.date() == null ? 0 : lineOf.getOrDefault(doubt.date(), 0);
            Object[] args = new Object[doubt.args().length + 1];
            args[0] = doubt.date() == null ? "" : doubt.date().toString();
            System.arraycopy(doubt.args(), 0, args, 1, doubt.args().length);
            problems.add(new CalendarProblem(line, doubt.key(), args));
        }
        if (!problems.isEmpty()) {
            throw new CalendarRejected(problems);
        }
        return calendar;
    }

    private static Integer parseYear(String text) {
        try {
            int y = Integer.parseInt(text == null ? "" : text.strip());
            return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "MM.DD" of the given year, or {@code null} when it is not a real date. */
    static LocalDate parseDate(int year, String text) {
        if (text == null || !text.strip().matches("\\d{2}\\.\\d{2}")) {
            return null;
        }
        String[] parts = text.strip().split("\\.");
        try {
            return LocalDate.of(year, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String[] lines = message.split("\n");
        return lines[lines.length - 1].strip();
    }

    private record PendingDay(int line, String d, String t, String h, String f) {
    }

    /** Stops reading a file larger than the limit (a calendar is a few kilobytes). */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private long left;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws java.io.IOException {
            if (left-- <= 0) {
                throw new TooLarge();
            }
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            if (left <= 0) {
                throw new TooLarge();
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge || (t instanceof XMLStreamException x && x.getNestedException() instanceof TooLarge)) {
                return true;
            }
        }
        return false;
    }

    private static final class TooLarge extends java.io.IOException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
    }
}
