package ru.otklik.report.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The report as files: XLSX (Apache POI; numbers as numbers, shares as percentages, so the
 * figures can be summed and charted in a spreadsheet) and PDF (OpenPDF; a title block with the
 * organisation, the period, the author and the date, the charts, then the tables; Liberation
 * Sans embedded, so Cyrillic shows everywhere).
 */
public final class ReportFiles {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private ReportFiles() {
    }

    public static byte[] xlsx(Report r, Texts t) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            XSSFFont font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
            Sheet title = book.createSheet(t.t("report.sheet.title"));
            int i = 0;
            for (String[] line : titleBlock(r, t)) {
                Row row = title.createRow(i++);
                row.createCell(0).setCellValue(line[0]);
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(line[1]);
            }
            title.setColumnWidth(0, 30 * 256);
            title.setColumnWidth(1, 50 * 256);
            for (ReportSections.Table table : ReportSections.of(r, t)) {
                Sheet sheet = book.createSheet(sheetName(book, table.title()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(bold);
                }
                int rowIndex = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(rowIndex++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        Cell cell = row.createCell(c);
                        if (v instanceof Long n) {
                            cell.setCellValue(n);
                        } else if (v instanceof Double d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(table.percent(rowIndex - 2) && c == 1 ? percent : decimal);
                        } else if (v != null) {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
                sheet.setColumnWidth(0, 45 * 256);
                for (int c = 1; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(Report r, Texts t, Map<String, byte[]> chartPngs) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
            PdfWriter.getInstance(doc, out);
            BaseFont base = font();
            com.lowagie.text.Font normal = new com.lowagie.text.Font(base, 9);
            com.lowagie.text.Font bold = new com.lowagie.text.Font(base, 9, com.lowagie.text.Font.BOLD);
            com.lowagie.text.Font heading = new com.lowagie.text.Font(base, 13, com.lowagie.text.Font.BOLD);
            com.lowagie.text.Font title = new com.lowagie.text.Font(base, 17, com.lowagie.text.Font.BOLD);
            doc.addTitle(t.t("report.title"));
            doc.addAuthor(r.author());
            doc.open();
            doc.add(new Paragraph(t.t("report.title"), title));
            PdfPTable block = new PdfPTable(new float[]{1.2f, 3f});
            block.setWidthPercentage(100);
            block.setSpacingBefore(8);
            for (String[] line : titleBlock(r, t)) {
                block.addCell(cell(line[0], bold, null));
                block.addCell(cell(line[1], normal, null));
            }
            doc.add(block);
            for (Map.Entry<String, byte[]> chart : chartPngs.entrySet()) {
                Image image = Image.getInstance(chart.getValue());
                image.scaleToFit(doc.getPageSize().getWidth() - 72, 260);
                image.setAlignment(Element.ALIGN_CENTER);
                image.setSpacingBefore(10);
                doc.add(image);
            }
            for (ReportSections.Table table : ReportSections.of(r, t)) {
                Paragraph h = new Paragraph(table.title(), heading);
                h.setSpacingBefore(12);
                h.setSpacingAfter(4);
                doc.add(h);
                if (table.rows().isEmpty()) {
                    doc.add(new Paragraph(t.t("report.none"), normal));
                    continue;
                }
                PdfPTable pdfTable = new PdfPTable(table.headers().size());
                pdfTable.setWidthPercentage(100);
                pdfTable.setHeaderRows(1);
                table.headers().forEach(hd -> pdfTable.addCell(cell(hd, bold, new Color(0xE8, 0xEE, 0xF6))));
                int rowIndex = 0;
                for (List<Object> values : table.rows()) {
                    for (int c = 0; c < values.size(); c++) {
                        pdfTable.addCell(cell(text(values.get(c), table.percent(rowIndex) && c == 1), normal, null));
                    }
                    rowIndex++;
                }
                doc.add(pdfTable);
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("The PDF could not be made", e);
        }
    }

    /** A cell value as shown in the PDF and the page: numbers with spaces between thousands, shares as %. */
    public static String text(Object v, boolean percent) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Double d) {
            return percent ? String.format(java.util.Locale.ROOT, "%.1f %%", d * 100).replace('.', ',')
                    : String.format(java.util.Locale.ROOT, "%.1f", d).replace('.', ',');
        }
        if (v instanceof Long n) {
            return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', ' ');
        }
        return v.toString();
    }

    static List<String[]> titleBlock(Report r, Texts t) {
        return List.of(
                new String[]{t.t("report.organisation"), r.organisation()},
                new String[]{t.t("report.period"), DATE.format(r.from()) + " – " + DATE.format(r.to())},
                new String[]{t.t("report.made-by"), r.author()},
                new String[]{t.t("report.generated"), DATE_TIME.format(r.generatedAt().atZone(r.zone()))});
    }

    private static PdfPCell cell(String text, com.lowagie.text.Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, font)));
        cell.setPadding(3);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static BaseFont font() throws IOException {
        try (InputStream in = ReportFiles.class.getClassLoader().getResourceAsStream(Charts.FONT)) {
            if (in == null) {
                throw new IOException("Font " + Charts.FONT + " is not on the classpath");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        }
    }

    private static String sheetName(XSSFWorkbook book, String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        name = name.length() > 31 ? name.substring(0, 31) : name;
        String unique = name;
        for (int n = 2; book.getSheet(unique) != null; n++) {
            unique = (name.length() > 28 ? name.substring(0, 28) : name) + " " + n;
        }
        return unique;
    }
}
