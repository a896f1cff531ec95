package ru.otklik.message.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.control.ImportMapping;
import ru.otklik.message.control.ImportTable;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.Topic;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Importing messages from an XLSX or CSV export: read the table, map its columns (guessed, then
 * adjusted by the user), check every row and report the problems by row number, then register
 * the rows in one transaction: all of them or none, never half. The import runs asynchronously
 * (with the caller's identity) and reports its progress.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.CURATOR})
public class MessageImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    MessageRegistrar registrar;

    @Inject
    Validator validator;

    @Resource
    SessionContext context;

    /** The table's headers, row count and guessed mapping. */
    public Preview preview(@NotNull byte[] file, String fileName) {
        ImportTable table = ImportTable.read(file, fileName);
        return new Preview(table.headers(), table.lines().size(), ImportMapping.guess(table.headers()),
                table.lines().stream().limit(5).toList());
    }

    /** Reads every row under the mapping; the rows that would be refused, with their reasons. */
    public List<RowProblem> check(@NotNull byte[] file, String fileName, @NotNull Map<ImportMapping.Field, Integer> mapping) {
        List<ImportMapping.Field> missing = ImportMapping.missing(mapping);
        if (!missing.isEmpty()) {
            throw RequestRefused.ofParameter("mapping", "import.mapping.missing",
                    missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        ImportTable table = ImportTable.read(file, fileName);
        Set<String> networks = em.createNamedQuery(Network.OF_ORGANISATION, Network.class)
                .setParameter("org", organisation.id()).getResultStream().filter(Network::isOffered)
                .map(Network::getCode).collect(Collectors.toSet());
        Set<String> topics = em.createNamedQuery(Topic.OF_ORGANISATION, Topic.class).setParameter("org", organisation.id())
                .getResultStream().map(Topic::getCode).collect(Collectors.toSet());
        List<RowProblem> problems = new ArrayList<>();
        for (ImportTable.Line line : table.lines()) {
            problems.addAll(problemsOf(line, toMessage(line, mapping, organisation.zone()), mapping, networks, topics));
        }
        return problems;
    }

    /**
     * Registers every row in one transaction; rows with problems are skipped when {@code skipInvalid},
     * otherwise any problem refuses the whole import. Progress is reported row by row.
     */
    @Asynchronous
    public Future<Result> run(@NotNull byte[] file, String fileName, @NotNull Map<ImportMapping.Field, Integer> mapping,
                              boolean skipInvalid, IntConsumer progress) {
        List<RowProblem> problems = check(file, fileName, mapping);
        if (!problems.isEmpty() && !skipInvalid) {
            throw new RequestRefused("import.has-problems", problems.size());
        }
        Set<Integer> bad = problems.stream().map(RowProblem::row).collect(Collectors.toSet());
        ImportTable table = ImportTable.read(file, fileName);
        String source = "import: " + (fileName == null ? "file" : fileName.strip());
        String actor = context.getCallerPrincipal().getName();
        int created = 0;
        int existing = 0;
        int done = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (ImportTable.Line line : table.lines()) {
            done++;
            if (!bad.contains(line.number())) {
                NewMessage m = toMessage(line, mapping, organisation.zone());
                if (m.getSource() == null) {
                    m.setSource(source.length() > 100 ? source.substring(0, 100) : source);
                }
                // a row repeating an earlier row's (source, external id) is that message again
                if (m.getExternalId() != null && !seen.add(m.getSource() + '\u0000' + m.getExternalId())) {
                    existing++;
                } else if (registrar.register(organisation.id(), m, actor).created()) {
                    created++;
                } else {
                    existing++;
                }
            }
            if (progress != null && (done % 50 == 0 || done == table.lines().size())) {
                progress.accept(done);
            }
        }
        return new AsyncResult<>(new Result(created, existing, bad.size()));
    }

    static NewMessage toMessage(ImportTable.Line line, Map<ImportMapping.Field, Integer> mapping, ZoneId zone) {
        NewMessage m = new NewMessage();
        m.setKind(ImportMapping.kind(line.cell(mapping.get(ImportMapping.Field.KIND))));
        String network = line.cell(mapping.get(ImportMapping.Field.NETWORK));
        m.setNetwork(network == null ? null : NetworkNames.code(network));
        String topic = line.cell(mapping.get(ImportMapping.Field.TOPIC));
        m.setTopic(topic == null ? null : topic.toLowerCase(Locale.ROOT));
        m.setText(line.cell(mapping.get(ImportMapping.Field.TEXT)));
        m.setDetectedAt(ImportMapping.instant(line.cell(mapping.get(ImportMapping.Field.DETECTED_AT)), zone));
        m.setUrl(line.cell(mapping.get(ImportMapping.Field.URL)));
        m.setAuthorName(line.cell(mapping.get(ImportMapping.Field.AUTHOR_NAME)));
        m.setAuthorUrl(line.cell(mapping.get(ImportMapping.Field.AUTHOR_URL)));
        m.setSource(line.cell(mapping.get(ImportMapping.Field.SOURCE)));
        m.setExternalId(line.cell(mapping.get(ImportMapping.Field.EXTERNAL_ID)));
        return m;
    }

    private List<RowProblem> problemsOf(ImportTable.Line line, NewMessage m, Map<ImportMapping.Field, Integer> mapping,
                                        Set<String> networks, Set<String> topics) {
        List<RowProblem> problems = new ArrayList<>();
        if (m.getKind() == null) {
            problems.add(new RowProblem(line.number(), ImportMapping.Field.KIND, "import.row.kind",
                    line.cell(mapping.get(ImportMapping.Field.KIND))));
        }
        if (m.getDetectedAt() == null) {
            problems.add(new RowProblem(line.number(), ImportMapping.Field.DETECTED_AT, "import.row.date",
                    line.cell(mapping.get(ImportMapping.Field.DETECTED_AT))));
        }
        if (m.getNetwork() != null && !networks.contains(m.getNetwork())) {
            problems.add(new RowProblem(line.number(), ImportMapping.Field.NETWORK, "error.network.unknown",
                    m.getNetwork()));
        }
        if (m.getTopic() != null && !topics.contains(m.getTopic())) {
            problems.add(new RowProblem(line.number(), ImportMapping.Field.TOPIC, "error.topic.unknown", m.getTopic()));
        }
        for (ConstraintViolation<NewMessage> v : validator.validate(m)) {
            String field = v.getPropertyPath().toString();
            if (!field.equals("kind") && !field.equals("detectedAt")) {
                problems.add(new RowProblem(line.number(), null, "import.row.invalid", field + ": " + v.getMessage()));
            }
        }
        if (m.getText() != null && m.getText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                > ru.otklik.message.entity.Message.MAX_TEXT_BYTES) {
            problems.add(new RowProblem(line.number(), ImportMapping.Field.TEXT, "error.text.too-long", 64));
        }
        if (!ru.otklik.message.control.UrlKeys.isWebLink(m.getUrl())) {
            problems.add(new RowProblem(line.number(), ImportMapping.Field.URL, "error.url.invalid"));
        }
        return problems;
    }

    /** What the file looks like: headers, how many rows, the guessed mapping, the first rows. */
    public record Preview(List<String> headers, int rows, Map<ImportMapping.Field, Integer> mapping,
                          List<ImportTable.Line> first) {
    }

    /** A row that would be refused: its number in the file, the field, and why. */
    public record RowProblem(int row, ImportMapping.Field field, String key, Object... args) {
    }

    /** What an import did. */
    public record Result(int created, int existing, int skipped) {
    }

    /** Network names as exports write them, to the codes of the catalogue. */
    static final class NetworkNames {
        private NetworkNames() {
        }

        static String code(String name) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.contains("вконтакте") || n.equals("вк") || n.startsWith("vk")) {
                return "vk";
            }
            if (n.contains("одноклассники") || n.equals("ок") || n.startsWith("ok")) {
                return "ok";
            }
            if (n.contains("telegram") || n.contains("телеграм")) {
                return "telegram";
            }
            if (n.equals("max") || n.contains("макс")) {
                return "max";
            }
            return n;
        }
    }
}
