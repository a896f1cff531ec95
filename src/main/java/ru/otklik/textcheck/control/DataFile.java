package ru.otklik.textcheck.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The rule files of {@code src/main/resources/textcheck/}: UTF-8, one entry a line, columns
 * separated by tabs, blank lines and lines starting with {@code #} ignored. A bad line stops the
 * load with the file and line number, so a mistake in an edited file shows at the first test run.
 */
final class DataFile {

    /** One entry: the file and line it came from, and its columns (stripped). */
    record Line(String file, int number, List<String> columns) {
        String column(int i) {
            return i < columns.size() ? columns.get(i) : "";
        }

        IllegalStateException error(String problem) {
            return new IllegalStateException(file + ":" + number + ": " + problem);
        }
    }

    private DataFile() {
    }

    static List<Line> read(String folder, String name, int minColumns) {
        String path = folder + "/" + name;
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = reader(path)) {
            String text;
            int number = 0;
            while ((text = in.readLine()) != null) {
                number++;
                if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                for (String c : text.split("\t", -1)) {
                    columns.add(c.strip());
                }
                while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
                    columns.remove(columns.size() - 1);
                }
                Line line = new Line(path, number, List.copyOf(columns));
                if (columns.size() < minColumns) {
                    throw line.error("expected at least " + minColumns + " tab-separated columns, found " + columns.size());
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return lines;
    }

    static Properties properties(String folder, String name) {
        String path = folder + "/" + name;
        Properties p = new Properties();
        try (BufferedReader in = reader(path)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return p;
    }

    static int intSetting(Properties p, String key, String file) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(file + ": missing setting " + key);
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file + ": " + key + " is not a whole number: " + value, e);
        }
    }

    static List<String> words(Properties p, String key) {
        String value = p.getProperty(key, "").strip();
        return value.isEmpty() ? List.of() : List.of(value.split("[\\s,]+"));
    }

    private static BufferedReader reader(String path) {
        InputStream in = DataFile.class.getResourceAsStream("/" + path);
        if (in == null) {
            throw new IllegalStateException("missing rule file " + path + " on the class path");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
