package ru.otklik.message.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import ru.otklik.base.control.RequestRefused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A spreadsheet exported from a monitoring system or kept by hand, read into rows of text: XLSX
 * (Apache POI; a date cell becomes an ISO local date-time) or CSV (Apache Commons CSV, comma or
 * semicolon, UTF-8 with or without BOM). The first row holds the headers. Limits: 10 MB and
 * {@value #MAX_ROWS} rows; larger files are refused, not cut.
 */
public record ImportTable(List<String> headers, List<Line> lines) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    /** One data row with its row number in the file (the header is row 1). */
    public record Line(int number, List<String> cells) {

        public String cell(Integer column) {
            return column == null || column < 0 || column >= cells.size() ? null : blankToNull(cells.get(column));
        }
    }

    public static ImportTable read(byte[] file, String fileName) {
        if (file == null || file.length == 0) {
            throw new RequestRefused("import.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new RequestRefused("import.too-large", MAX_BYTES / 1024 / 1024);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = file.length > 4 && file[0] == 'P' && file[1] == 'K';
        if (name.endsWith(".xlsx") || zip) {
            return xlsx(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || !zip) {
            return csv(file);
        }
        throw new RequestRefused("import.format");
    }

    private static ImportTable xlsx(byte[] file) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (headers == null) {
                    headers = cells;
                } else if (cells.stream().anyMatch(t -> t != null && !t.isBlank())) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                    limit(lines);
                }
            }
            if (headers == null) {
                throw new RequestRefused("import.empty");
            }
            return new ImportTable(headers, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RequestRefused r) {
                throw r;
            }
            throw new RequestRefused("import.unreadable", "XLSX");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return formatter.formatCellValue(cell);
    }

    private static ImportTable csv(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headers = null;
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells;
                } else {
                    lines.add(new Line((int) record.getRecordNumber(), cells));
                    limit(lines);
                }
            }
            if (headers == null) {
                throw new RequestRefused("import.empty");
            }
            return new ImportTable(headers, lines);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new RequestRefused("import.unreadable", "CSV");
        }
    }

    private static void limit(List<Line> lines) {
        if (lines.size() > MAX_ROWS) {
            throw new RequestRefused("import.too-many-rows", MAX_ROWS);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
