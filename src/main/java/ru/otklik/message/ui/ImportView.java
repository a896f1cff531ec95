package ru.otklik.message.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.Causes;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.FriendlyErrors;
import ru.otklik.base.ui.Toasts;
import ru.otklik.message.boundary.MessageImports;
import ru.otklik.message.control.ImportMapping;
import ru.otklik.message.control.ImportTable;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Importing messages from a spreadsheet (XLSX or CSV, e.g. a monitoring system's export): upload,
 * check the guessed column of each field, see the problems of each row by number, then import all
 * rows in one transaction with a progress bar (all or nothing; rows with problems can be skipped
 * deliberately). The page can be left while the import runs.
 */
@Route("messages/import")
@RolesAllowed({Roles.OPERATOR, Roles.CURATOR})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final MessageImports imports;
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;
    private final Div work = new Div();
    private byte[] file;
    private String fileName;
    private final Map<ImportMapping.Field, Select<Integer>> columns = new EnumMap<>(ImportMapping.Field.class);

    @Inject
    public ImportView(MessageImports imports) {
        this.imports = imports;
        setMaxWidth("72rem");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFileSize(ImportTable.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setId("import-upload");
        upload.addFileRejectedListener(e -> Toasts.error(getTranslation("import.rejected")));
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                file = in.readAllBytes();
                fileName = e.getFileName();
            } catch (IOException io) {
                Toasts.error(getTranslation("import.unreadable", "?"));
                return;
            }
            upload.clearFileList();
            showPreview();
        });
        work.setWidthFull();
        work.setId("import-work");
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")), upload, work);
    }

    private void showPreview() {
        work.removeAll();
        MessageImports.Preview preview;
        try {
            preview = imports.preview(file, fileName);
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
            return;
        }
        List<Integer> indexes = IntStream.range(0, preview.headers().size()).boxed().toList();
        FormLayout mapping = new FormLayout();
        columns.clear();
        for (ImportMapping.Field field : ImportMapping.Field.values()) {
            Select<Integer> column = new Select<>();
            column.setLabel(getTranslation(field.key()) + (field.required() ? " *" : ""));
            column.setItems(indexes);
            column.setEmptySelectionAllowed(true);
            column.setEmptySelectionCaption(getTranslation("import.no-column"));
            column.setItemLabelGenerator(i -> i == null ? getTranslation("import.no-column")
                    : preview.headers().get(i) == null || preview.headers().get(i).isBlank()
                    ? getTranslation("import.column", i + 1) : preview.headers().get(i));
            column.setValue(preview.mapping().get(field));
            column.setId("import-map-" + field.name().toLowerCase());
            columns.put(field, column);
            mapping.add(column);
        }
        Grid<ImportTable.Line> first = new Grid<>();
        for (int i = 0; i < preview.headers().size(); i++) {
            int c = i;
            first.addColumn(l -> l.cell(c)).setHeader(preview.headers().get(i)).setResizable(true).setAutoWidth(true);
        }
        first.setItems(preview.first());
        first.setAllRowsVisible(true);
        Button check = new Button(getTranslation("import.check"), VaadinIcon.CHECK.create(), e -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("import-check");
        work.add(new Paragraph(getTranslation("import.found", fileName, preview.rows())),
                new H3(getTranslation("import.mapping")), mapping, new H3(getTranslation("import.first-rows")), first,
                check);
    }

    private Map<ImportMapping.Field, Integer> mapping() {
        Map<ImportMapping.Field, Integer> mapping = new EnumMap<>(ImportMapping.Field.class);
        columns.forEach((field, select) -> {
            if (select.getValue() != null) {
                mapping.put(field, select.getValue());
            }
        });
        return mapping;
    }

    private void check() {
        List<MessageImports.RowProblem> problems;
        try {
            problems = imports.check(file, fileName, mapping());
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
            return;
        }
        work.getChildren().filter(c -> c.getId().orElse("").startsWith("import-result")).toList().forEach(work::remove);
        VerticalLayout result = new VerticalLayout();
        result.setPadding(false);
        result.setId("import-result");
        Checkbox skip = new Checkbox(getTranslation("import.skip-invalid"));
        skip.setId("import-skip");
        if (problems.isEmpty()) {
            result.add(new Paragraph(getTranslation("import.no-problems")));
        } else {
            Grid<MessageImports.RowProblem> grid = new Grid<>();
            grid.setId("import-problems");
            grid.addColumn(MessageImports.RowProblem::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
            grid.addColumn(p -> p.field() == null ? "" : getTranslation(p.field().key()))
                    .setHeader(getTranslation("import.field")).setAutoWidth(true);
            grid.addColumn(p -> getTranslation(p.key(), p.args())).setHeader(getTranslation("import.problem"))
                    .setFlexGrow(3);
            grid.setItems(problems);
            grid.setAllRowsVisible(problems.size() < 15);
            result.add(new Paragraph(getTranslation("import.problems", problems.size())), grid, skip);
        }
        ProgressBar progress = new ProgressBar();
        progress.setVisible(false);
        progress.setId("import-progress");
        Button run = new Button(getTranslation("import.run"), VaadinIcon.UPLOAD.create());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("import-run");
        run.addClickListener(e -> start(run, progress, skip.getValue()));
        result.add(new HorizontalLayout(run), progress);
        work.add(result);
    }

    private void start(Button run, ProgressBar progress, boolean skipInvalid) {
        UI ui = UI.getCurrent();
        int rows;
        try {
            rows = imports.preview(file, fileName).rows();
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
            return;
        }
        run.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(Math.max(1, rows));
        progress.setValue(0);
        var future = imports.run(file, fileName, mapping(), skipInvalid,
                done -> ui.access(() -> progress.setValue(done)));
        CompletableFuture.runAsync(() -> {
            try {
                MessageImports.Result result = future.get();
                ui.access(() -> {
                    progress.setValue(progress.getMax());
                    Toasts.success(getTranslation("import.done", result.created(), result.existing(), result.skipped()));
                    run.setEnabled(true);
                });
            } catch (Exception failure) {
                ui.access(() -> {
                    RequestRefused refused = Causes.find(failure, RequestRefused.class);
                    if (refused != null) {
                        Toasts.refused(refused);
                    } else {
                        Toasts.error(FriendlyErrors.describe(ui, failure));
                    }
                    progress.setVisible(false);
                    run.setEnabled(true);
                });
            }
        }, executor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
