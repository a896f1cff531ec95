package ru.otklik.message.control;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.entity.MessageKind;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading exports of monitoring systems: CSV and XLSX, headers guessed, rows read and checked. */
class ImportTableTest {

    private static final ZoneId MSK = ZoneId.of("Europe/Moscow");

    @Test
    void aSemicolonCsvWithBomAndQuotedLinesIsRead() {
        String csv = "\uFEFFВид;Соцсеть;Текст;Выявлено;Ссылка;Автор;ID\n"
                + "Инцидент;ВКонтакте;\"Яма; глубокая\nна Ленина\";30.11.2026 13:05;https://vk.com/wall-1_2;Иван;77\n"
                + "инцидент повышенной важности;ОК;Нет воды;2026-11-30T09:00:00+03:00;;;78\n";
        ImportTable table = ImportTable.read(csv.getBytes(StandardCharsets.UTF_8), "export.csv");
        assertThat(table.headers()).containsExactly("Вид", "Соцсеть", "Текст", "Выявлено", "Ссылка", "Автор", "ID");
        assertThat(table.lines()).hasSize(2);
        assertThat(table.lines().get(0).cell(2)).isEqualTo("Яма; глубокая\nна Ленина");

        Map<ImportMapping.Field, Integer> mapping = ImportMapping.guess(table.headers());
        assertThat(mapping).containsEntry(ImportMapping.Field.KIND, 0).containsEntry(ImportMapping.Field.NETWORK, 1)
                .containsEntry(ImportMapping.Field.TEXT, 2).containsEntry(ImportMapping.Field.DETECTED_AT, 3)
                .containsEntry(ImportMapping.Field.URL, 4).containsEntry(ImportMapping.Field.AUTHOR_NAME, 5)
                .containsEntry(ImportMapping.Field.EXTERNAL_ID, 6);
        assertThat(ImportMapping.missing(mapping)).isEmpty();
        assertThat(ImportMapping.kind(table.lines().get(1).cell(0))).isEqualTo(MessageKind.HIGH_IMPORTANCE);
    }

    @Test
    void anXlsxWithRealDateCellsIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Инциденты");
            Row head = sheet.createRow(0);
            String[] headers = {"Тип", "Сеть", "Сообщение", "Дата"};
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Публикация");
            row.createCell(1).setCellValue("Telegram");
            row.createCell(2).setCellValue("Спасибо за новую площадку!");
            var date = row.createCell(3);
            date.setCellValue(LocalDateTime.of(2026, 11, 30, 14, 30));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            date.setCellStyle(style);
            wb.write(out);
        }
        ImportTable table = ImportTable.read(out.toByteArray(), "export.xlsx");
        assertThat(table.lines()).singleElement().satisfies(l -> {
            assertThat(l.number()).isEqualTo(2);
            assertThat(l.cell(3)).isEqualTo("2026-11-30T14:30:00");
        });
        assertThat(ImportMapping.instant(table.lines().get(0).cell(3), MSK))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 14, 30).atZone(MSK).toInstant());
    }

    @Test
    void datesAndKindsAreReadInTheirUsualForms() {
        Instant expected = LocalDateTime.of(2026, 11, 30, 13, 5).atZone(MSK).toInstant();
        assertThat(ImportMapping.instant("30.11.2026 13:05", MSK)).isEqualTo(expected);
        assertThat(ImportMapping.instant("2026-11-30 13:05", MSK)).isEqualTo(expected);
        assertThat(ImportMapping.instant("2026-11-30T10:05:00Z", MSK)).isEqualTo(expected);
        assertThat(ImportMapping.instant("вчера", MSK)).isNull();
        assertThat(ImportMapping.kind("INCIDENT")).isEqualTo(MessageKind.INCIDENT);
        assertThat(ImportMapping.kind("Публикация в социальной сети")).isEqualTo(MessageKind.PUBLICATION);
        assertThat(ImportMapping.kind("слух")).isNull();
    }

    @Test
    void brokenEmptyOrHugeFilesAreRefusedClearly() {
        byte[] brokenXlsx = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> ImportTable.read(brokenXlsx, "x.xlsx")).isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("import.unreadable");
        assertThatThrownBy(() -> ImportTable.read(new byte[0], "x.csv")).isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("import.empty");
        byte[] huge = new byte[ImportTable.MAX_BYTES + 1];
        assertThatThrownBy(() -> ImportTable.read(huge, "x.csv")).isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("import.too-large");
        StringBuilder many = new StringBuilder("Вид;Текст\n");
        for (int i = 0; i <= ImportTable.MAX_ROWS; i++) {
            many.append("Инцидент;т\n");
        }
        assertThatThrownBy(() -> ImportTable.read(many.toString().getBytes(StandardCharsets.UTF_8), "x.csv"))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).key())
                .isEqualTo("import.too-many-rows");
    }
}
