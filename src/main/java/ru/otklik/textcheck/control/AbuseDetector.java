package ru.otklik.textcheck.control;

import ru.otklik.textcheck.entity.AbuseCategory;
import ru.otklik.textcheck.entity.AbuseFinding;
import ru.otklik.textcheck.entity.AbuseReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abuse detection for R1.11 (no answer to threats, obscenity, insults) and R2.9 (moderation of
 * comments: spam, insults, obscenity). It flags and suggests; it never decides.
 *
 * <p>Rules are data in {@code src/main/resources/textcheck/}:
 * <ul>
 *   <li>{@code abuse-obscene.tsv}: roots of мат and where in a word they count (anywhere, at the start
 *       or after listed prefixes, or as the whole word), with example words for masked spellings;</li>
 *   <li>{@code abuse-insults.tsv}: insulting words, either always or only near someone addressed
 *       ({@code abuse-addressees.txt}: "вы", "депутаты", "глава"), so "козёл у соседа" stays clean;</li>
 *   <li>{@code abuse-threats.tsv}: threat phrases and their exceptions ("не пожалеете");</li>
 *   <li>{@code abuse-spam.tsv}: weighted spam evidence (links, phones, advertising words, floods);</li>
 *   <li>{@code abuse-exceptions.tsv}: clean words that contain a root by accident ("бляха") and clean
 *       phrases;</li>
 *   <li>{@code abuse-settings.properties}: thresholds.</li>
 * </ul>
 *
 * <p>Disguises are undone per word ({@link Disguises}, {@link Pieces}): look-alike Latin letters,
 * digits, transliteration, repeated letters, separators and stars. Roots are matched against words,
 * not the raw text, and only where they can begin a word, so "оскорблять", "страховка", "рубля" and
 * "себестоимость" stay clean. Built once, used by any number of threads.
 */
public final class AbuseDetector {

    private enum Where { ANY, START, WORD }

    private record Root(String id, String root, Where where, Set<String> prefixes) {
    }

    private record Insult(String id, boolean addressed) {
    }

    private record Threat(String id, boolean exception) {
    }

    /** {@code needs}: characters one of which a text must contain for the regex to be worth running. */
    private record SpamRule(String id, int weight, int minCount, Pattern regex, String needs, String builtIn) {
    }

    private final List<Root> roots = new ArrayList<>();
    private final List<String> maskedVocabulary = new ArrayList<>();
    private final PhraseIndex<Insult> insults = new PhraseIndex<>();
    private final PhraseIndex<Boolean> addressees = new PhraseIndex<>();
    private final PhraseIndex<Threat> threats = new PhraseIndex<>();
    private final List<SpamRule> spamRules = new ArrayList<>();
    private final PhraseIndex<SpamRule> spamPhrases = new PhraseIndex<>();
    private final List<WordPattern> wordExceptions = new ArrayList<>();
    private final PhraseIndex<Boolean> phraseExceptions = new PhraseIndex<>();
    private final int spamThreshold;
    private final int repeatSharePercent;
    private final int addresseeWindow;
    private final int minSingleLetters;
    private final int maskMaxLetters;

    private AbuseDetector(String folder) {
        Stemmer stemmer = new Stemmer();
        String settingsFile = folder + "/abuse-settings.properties";
        Properties settings = DataFile.properties(folder, "abuse-settings.properties");
        spamThreshold = DataFile.intSetting(settings, "spam.threshold", settingsFile);
        repeatSharePercent = DataFile.intSetting(settings, "spam.repeat-share-percent", settingsFile);
        addresseeWindow = DataFile.intSetting(settings, "insult.addressee-window", settingsFile);
        minSingleLetters = DataFile.intSetting(settings, "joined.min-single-letters", settingsFile);
        maskMaxLetters = DataFile.intSetting(settings, "mask.max-letters", settingsFile);
        readObscene(folder);
        readInsults(folder, stemmer);
        readThreats(folder, stemmer);
        readSpam(folder, stemmer);
        readExceptions(folder, stemmer);
    }

    /** The shipped rules, loaded on first use and shared. */
    public static AbuseDetector shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final AbuseDetector INSTANCE = new AbuseDetector(StyleChecker.FOLDER);
    }

    /** Rules from another folder on the class path (same file names), e.g. for a test. */
    public static AbuseDetector fromClasspath(String folder) {
        return new AbuseDetector(folder);
    }

    // ------------------------------------------------------------------ loading

    private void readObscene(String folder) {
        Map<String, Set<String>> prefixSets = new HashMap<>();
        for (DataFile.Line line : DataFile.read(folder, "abuse-obscene.tsv", 2)) {
            if (line.column(0).equals("@prefixes")) {
                Set<String> set = new HashSet<>();
                for (String p : line.column(2).split(",")) {
                    if (!p.isBlank()) {
                        set.add(Letters.collapse(Letters.fold(p.strip())));
                    }
                }
                prefixSets.put(line.column(1), Set.copyOf(set));
                continue;
            }
            String whereSpec = line.column(1);
            Where where;
            Set<String> prefixes = Set.of();
            if (whereSpec.equals("any")) {
                where = Where.ANY;
            } else if (whereSpec.equals("word")) {
                where = Where.WORD;
            } else if (whereSpec.equals("start")) {
                where = Where.START;
            } else if (whereSpec.startsWith("start:")) {
                where = Where.START;
                prefixes = prefixSets.get(whereSpec.substring("start:".length()));
                if (prefixes == null) {
                    throw line.error("no @prefixes line named " + whereSpec.substring(6) + " above");
                }
            } else {
                throw line.error("where must be any, word, start or start:PREFIXES, not " + whereSpec);
            }
            for (String r : line.column(0).split("\\|")) {
                String root = Letters.collapse(Letters.fold(r.strip()));
                if (root.isEmpty()) {
                    throw line.error("an empty root");
                }
                roots.add(new Root("obscene:" + root, root, where, prefixes));
            }
            for (String example : line.column(2).split(",")) {
                if (!example.isBlank()) {
                    maskedVocabulary.add(Letters.fold(example.strip()));
                }
            }
        }
    }

    private void readInsults(String folder, Stemmer stemmer) {
        for (DataFile.Line line : DataFile.read(folder, "abuse-insults.tsv", 2)) {
            boolean addressed = switch (line.column(1)) {
                case "always" -> false;
                case "addressed" -> true;
                default -> throw line.error("mode must be always or addressed, not " + line.column(1));
            };
            insults.add(parse(line, line.column(0), stemmer), new Insult("insult:" + name(line.column(0)), addressed));
        }
        for (DataFile.Line line : DataFile.read(folder, "abuse-addressees.txt", 1)) {
            for (String w : line.column(0).split("\\s+")) {
                addressees.add(parse(line, w, stemmer), Boolean.TRUE);
            }
        }
    }

    /** "дебил*|идиот*" is named "дебил" in rule ids. */
    private static String name(String pattern) {
        String first = pattern.split("\\|")[0];
        int brace = first.indexOf('{');
        return (brace >= 0 ? first.substring(0, brace) : first).replace("=", "").replace("*", "");
    }

    private void readThreats(String folder, Stemmer stemmer) {
        for (DataFile.Line line : DataFile.read(folder, "abuse-threats.tsv", 3)) {
            boolean exception = switch (line.column(1)) {
                case "threat" -> false;
                case "except" -> true;
                default -> throw line.error("kind must be threat or except, not " + line.column(1));
            };
            threats.add(parse(line, line.column(2), stemmer), new Threat("threat:" + line.column(0), exception));
        }
    }

    private void readSpam(String folder, Stemmer stemmer) {
        Map<String, SpamRule> byId = new HashMap<>();
        for (DataFile.Line line : DataFile.read(folder, "abuse-spam.tsv", 4)) {
            int weight;
            int minCount;
            try {
                weight = Integer.parseInt(line.column(1));
                minCount = Integer.parseInt(line.column(2));
            } catch (NumberFormatException e) {
                throw line.error("weight and min-count must be whole numbers");
            }
            String id = "spam:" + line.column(0);
            String pattern = line.column(3);
            if (pattern.startsWith("re:")) {
                try {
                    spamRules.add(new SpamRule(id, weight, minCount, Pattern.compile(pattern.substring(3)),
                            line.column(4), null));
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
            } else if (pattern.equals("@repeated-lines") || pattern.equals("@repeated-chars")
                    || pattern.matches("@repeated-words(:\\d{1,2})?")) {
                spamRules.add(new SpamRule(id, weight, minCount, null, "", pattern));
            } else {
                // several phrase lines with one id are one piece of evidence, counted once
                SpamRule rule = byId.get(id);
                if (rule == null) {
                    rule = new SpamRule(id, weight, minCount, null, "", null);
                    byId.put(id, rule);
                    spamRules.add(rule);
                } else if (rule.weight() != weight || rule.minCount() != minCount) {
                    throw line.error(id + " is listed above with another weight or min-count");
                }
                spamPhrases.add(parse(line, pattern, stemmer), rule);
            }
        }
    }

    private void readExceptions(String folder, Stemmer stemmer) {
        for (DataFile.Line line : DataFile.read(folder, "abuse-exceptions.tsv", 1)) {
            String pattern = line.column(0);
            if (pattern.contains(" ")) {
                phraseExceptions.add(parse(line, pattern, stemmer), Boolean.TRUE);
            } else {
                try {
                    for (String alternative : collapsedSpelling(pattern).split("\\|")) {
                        wordExceptions.add(WordPattern.parse(alternative, stemmer::stem));
                    }
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
            }
        }
    }

    /**
     * Dictionary words are collapsed like the text's words ("ссылке" is looked up as "сылке"), word by
     * word; gaps ("...3") and endings in braces are left as written.
     */
    static String collapsedSpelling(String spelled) {
        StringBuilder out = new StringBuilder();
        for (String element : spelled.strip().split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (element.startsWith("...")) {
                out.append(element);
                continue;
            }
            boolean optional = element.endsWith("?");
            String body = optional ? element.substring(0, element.length() - 1) : element;
            StringBuilder b = new StringBuilder();
            for (String alternative : body.split("\\|", -1)) {
                if (b.length() > 0) {
                    b.append('|');
                }
                int brace = alternative.indexOf('{');
                if (brace >= 0) {
                    b.append(Letters.collapse(Letters.fold(alternative.substring(0, brace)))).append(alternative.substring(brace));
                } else {
                    b.append(Letters.collapse(Letters.fold(alternative)));
                }
            }
            out.append(b).append(optional ? "?" : "");
        }
        return out.toString();
    }

    private static PhrasePattern parse(DataFile.Line line, String pattern, Stemmer stemmer) {
        try {
            return PhrasePattern.parse(collapsedSpelling(pattern), stemmer::stem);
        } catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
    }

    // ------------------------------------------------------------------ detection

    /** Flags in a text; {@code null} and blank texts give an empty report. */
    public AbuseReport detect(String text) {
        if (text == null || text.isBlank()) {
            return AbuseReport.empty();
        }
        Stemmer stemmer = new Stemmer();
        Pieces pieces = Pieces.of(text, stemmer, minSingleLetters);
        List<AbuseFinding> found = new ArrayList<>();
        boolean[] addressee = null;
        for (int i = 0; i < pieces.size(); i++) {
            List<String> variants = pieces.variants(i);
            String raw = pieces.raw(i);
            String obscene = obscene(variants);
            if (obscene == null && masks(raw)) {
                obscene = masked(raw);
            }
            if (obscene != null) {
                int sep = obscene.indexOf('\n');
                found.add(new AbuseFinding(AbuseCategory.OBSCENE, pieces.start(i), pieces.end(i), raw,
                        obscene.substring(0, sep), obscene.substring(sep + 1)));
            }
            for (String v : variants) {
                Insult insult = insult(v, stemmer);
                if (insult == null || looksLikeName(pieces, i)) {
                    continue;
                }
                if (insult.addressed()) {
                    if (addressee == null) {
                        addressee = addressees(pieces);
                    }
                    if (!nearAddressee(pieces, i, addressee)) {
                        continue;
                    }
                }
                found.add(new AbuseFinding(AbuseCategory.INSULT, pieces.start(i), pieces.end(i), raw, v, insult.id()));
                break;
            }
        }
        joins(pieces, stemmer, found);
        threats(pieces, found);
        List<int[]> excepted = new ArrayList<>();
        phraseExceptions.forEachMatch(pieces, (e, from, to) -> excepted.add(new int[] {pieces.start(from), pieces.end(to - 1)}));
        if (!excepted.isEmpty()) {
            found.removeIf(f -> inside(f.start(), f.end(), excepted));
        }
        int spamScore = spam(pieces, found);
        return new AbuseReport(distinct(found), spamScore);
    }

    /** Most words a join may span, and how many joins one text may try (a flood of letters stays linear). */
    private static final int JOIN_MAX_PIECES = 12;
    private static final int JOIN_BUDGET = 600;

    /**
     * Words cut apart by separators ("Ну х.у.й с ним", "п и з д е ц"): every join that starts at a piece
     * of a run is tried, shortest first, so that a neighbouring word ("Ну") is not glued on. A match
     * grows over the following pieces while they are tied by a separator or are single letters.
     */
    private void joins(Pieces pieces, Stemmer stemmer, List<AbuseFinding> found) {
        int[] budget = {JOIN_BUDGET};
        String text = pieces.text();
        for (Pieces.Run run : pieces.runs()) {
            int k = run.from();
            while (k < run.to() && budget[0] > 0) {
                AbuseFinding match = joinFrom(pieces, stemmer, run, k, budget);
                if (match == null) {
                    k++;
                    continue;
                }
                // "а х.у.й", "На х у й": a word before a space is not glued on when the rest matches alone
                if (!pieces.tightAfter(k)) {
                    AbuseFinding shorter = joinFrom(pieces, stemmer, run, k + 1, budget);
                    if (shorter != null) {
                        match = shorter;
                    }
                }
                found.add(match);
                while (k <= run.to() && pieces.start(k) < match.end()) {
                    k++;
                }
            }
        }
    }

    /** The shortest join from piece {@code k} that is obscene or an insult, grown over its tail; or null. */
    private AbuseFinding joinFrom(Pieces pieces, Stemmer stemmer, Pieces.Run run, int k, int[] budget) {
        StringBuilder raw = new StringBuilder(pieces.raw(k));
        for (int m = k + 1; m <= run.to() && m - k < JOIN_MAX_PIECES && budget[0] > 0; m++) {
            raw.append(pieces.raw(m));
            budget[0]--;
            List<String> variants = Disguises.variants(raw.toString());
            AbuseCategory category = null;
            String normalized = null;
            String ruleId = null;
            String obscene = obscene(variants);
            if (obscene != null) {
                int sep = obscene.indexOf('\n');
                category = AbuseCategory.OBSCENE;
                normalized = obscene.substring(0, sep);
                ruleId = obscene.substring(sep + 1);
            } else {
                for (String v : variants) {
                    Insult insult = insult(v, stemmer);
                    if (insult != null && !insult.addressed()) {
                        category = AbuseCategory.INSULT;
                        normalized = v;
                        ruleId = insult.id();
                        break;
                    }
                }
            }
            if (category != null) {
                int end = m;
                while (end < run.to() && (pieces.tightAfter(end) || pieces.raw(end + 1).length() == 1)) {
                    end++;
                }
                return new AbuseFinding(category, pieces.start(k), pieces.end(end),
                        pieces.text().substring(pieces.start(k), pieces.end(end)), normalized, ruleId);
            }
        }
        return null;
    }

    /** "normalized\nruleId" of the first root found in one of the forms, or null. */
    private String obscene(List<String> variants) {
        for (String v : variants) {
            for (Root r : roots) {
                for (int at = v.indexOf(r.root()); at >= 0; at = v.indexOf(r.root(), at + 1)) {
                    boolean placed = switch (r.where()) {
                        case ANY -> true;
                        case WORD -> at == 0 && v.length() == r.root().length();
                        case START -> at == 0 || prefixed(v, 0, at, r.prefixes(), 2);
                    };
                    if (placed && !wordExcepted(v)) {
                        return v + "\n" + r.id();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code v[from, to)} is one prefix, or two of at least two letters each ("до" + "на"):
     * two one-letter prefixes would read "сухую" as с + у + хую.
     */
    private static boolean prefixed(String v, int from, int to, Set<String> prefixes, int depth) {
        if (prefixes.contains(v.substring(from, to))) {
            return true;
        }
        if (depth > 1) {
            for (int mid = from + 2; mid <= to - 2; mid++) {
                if (prefixes.contains(v.substring(from, mid)) && prefixed(v, mid, to, prefixes, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean wordExcepted(String v) {
        for (WordPattern w : wordExceptions) {
            if (w.matches(v, null)) {
                return true;
            }
        }
        return false;
    }

    private static boolean masks(String raw) {
        for (int k = 1; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '*' || c == '@') {
                return true;
            }
        }
        return false;
    }

    /**
     * "п*здец", "бл**ь", "бл@ть": stars (and @ where reading it as "а" found nothing) stand for
     * one to N letters of a known obscene word.
     */
    private String masked(String raw) {
        String shape = Disguises.lookalike(raw.charAt(0) + raw.substring(1).replace('@', '*'), true);
        StringBuilder regex = new StringBuilder();
        boolean inStars = false;
        for (int k = 0; k < shape.length(); k++) {
            char c = shape.charAt(k);
            if (c == '*') {
                if (!inStars) {
                    regex.append("\\p{L}{1,").append(maskMaxLetters).append('}');
                }
                inStars = true;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                inStars = false;
            }
        }
        Pattern p = Pattern.compile(regex.toString());
        for (String word : maskedVocabulary) {
            if (p.matcher(word).matches()) {
                return word + "\nobscene:masked";
            }
        }
        return null;
    }

    private Insult insult(String form, Stemmer stemmer) {
        if (wordExcepted(form)) {
            return null;
        }
        return insults.firstSingleWord(form, stemmer);
    }

    private boolean[] addressees(Pieces pieces) {
        boolean[] marks = new boolean[pieces.size()];
        addressees.forEachMatch(pieces, (e, from, to) -> marks[from] = true);
        return marks;
    }

    /**
     * Whether someone addressed or named stands within the window, in the same sentence, with no
     * preposition of place or belonging between ("тупая пила у коммунальщиков" is about the saw); or
     * the word itself is a call at the start of a sentence ("Ослы, кто это разрешил?").
     */
    private boolean nearAddressee(Pieces pieces, int i, boolean[] addressee) {
        if (vocative(pieces, i)) {
            return true;
        }
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int j = i + dir; j >= 0 && j < pieces.size() && Math.abs(j - i) <= addresseeWindow; j += dir) {
                if (pieces.sentence(j) != pieces.sentence(i)) {
                    break;
                }
                if (addressee[j]) {
                    return true;
                }
                if (BLOCKING_PREPOSITIONS.contains(pieces.form(j))) {
                    break;
                }
            }
        }
        return false;
    }

    private static final Set<String> BLOCKING_PREPOSITIONS = Set.of("у", "с", "со", "для", "от", "возле", "около",
            "под", "над", "про");

    private static boolean vocative(Pieces pieces, int i) {
        if (i > 0 && pieces.sentence(i - 1) == pieces.sentence(i)) {
            return false;
        }
        String text = pieces.text();
        for (int k = pieces.end(i); k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c)) {
                return c == ',' || c == '!' || c == '?';
            }
        }
        return true;
    }

    /**
     * "Козлов Сергей Иванович", "Дураков И. П.": a capitalised word followed, with only a space between,
     * by another capitalised one (not in capitals throughout) is taken for a name, not an insult.
     */
    private static boolean looksLikeName(Pieces pieces, int i) {
        if (i + 1 >= pieces.size() || pieces.sentence(i + 1) != pieces.sentence(i)) {
            return false;
        }
        String raw = pieces.raw(i);
        String next = pieces.raw(i + 1);
        String between = pieces.text().substring(pieces.end(i), pieces.start(i + 1));
        return between.isBlank() && capitalised(raw) && capitalised(next);
    }

    private static boolean capitalised(String word) {
        return word.length() > 0 && Character.isUpperCase(word.charAt(0))
                && (word.length() == 1 || !word.chars().skip(1).allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c)));
    }

    private void threats(Pieces pieces, List<AbuseFinding> found) {
        List<int[]> excepted = new ArrayList<>();
        List<AbuseFinding> threatFindings = new ArrayList<>();
        threats.forEachMatch(pieces, (e, from, to) -> {
            int start = pieces.start(from);
            int end = pieces.end(to - 1);
            if (e.payload().exception()) {
                excepted.add(new int[] {start, end});
            } else {
                StringBuilder normalized = new StringBuilder();
                for (int k = from; k < to; k++) {
                    normalized.append(k > from ? " " : "").append(pieces.form(k));
                }
                threatFindings.add(new AbuseFinding(AbuseCategory.THREAT, start, end,
                        pieces.text().substring(start, end), normalized.toString(), e.payload().id()));
            }
        });
        for (AbuseFinding f : threatFindings) {
            if (!inside(f.start(), f.end(), excepted)) {
                found.add(f);
            }
        }
    }

    private static boolean inside(int start, int end, List<int[]> spans) {
        for (int[] s : spans) {
            if (s[0] <= start && end <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /** Adds the spam evidence as findings when its weights reach the threshold; returns the score. */
    private int spam(Pieces pieces, List<AbuseFinding> found) {
        Map<SpamRule, List<int[]>> evidence = new LinkedHashMap<>();
        String text = pieces.text();
        spamPhrases.forEachMatch(pieces, (e, from, to) ->
                evidence.computeIfAbsent(e.payload(), k -> new ArrayList<>()).add(new int[] {pieces.start(from), pieces.end(to - 1)}));
        Map<String, List<int[]>> regexMatches = new HashMap<>(); // "links" and "links-many" share one pass
        for (SpamRule rule : spamRules) {
            if (rule.regex() != null) {
                if (!containsAny(text, rule.needs())) {
                    continue;
                }
                List<int[]> spans = regexMatches.computeIfAbsent(rule.regex().pattern(), k -> {
                    List<int[]> list = new ArrayList<>();
                    Matcher m = rule.regex().matcher(text);
                    while (m.find()) {
                        if (m.end() > m.start()) {
                            list.add(new int[] {m.start(), m.end()});
                        }
                    }
                    return list;
                });
                if (!spans.isEmpty()) {
                    evidence.put(rule, spans);
                }
            } else if ("@repeated-chars".equals(rule.builtIn())) {
                List<int[]> spans = repeatedChars(text, rule.minCount());
                if (!spans.isEmpty()) {
                    evidence.put(rule, spans);
                }
            } else if (rule.builtIn() != null && rule.builtIn().startsWith("@repeated-words")) {
                int colon = rule.builtIn().indexOf(':');
                int share = colon < 0 ? repeatSharePercent : Integer.parseInt(rule.builtIn().substring(colon + 1));
                List<int[]> spans = repeatedWord(pieces, rule.minCount(), share);
                if (!spans.isEmpty()) {
                    evidence.put(rule, spans);
                }
            } else if ("@repeated-lines".equals(rule.builtIn())) {
                List<int[]> spans = repeatedSentence(pieces, rule.minCount());
                if (!spans.isEmpty()) {
                    evidence.put(rule, spans);
                }
            }
        }
        int score = 0;
        List<AbuseFinding> spam = new ArrayList<>();
        for (Map.Entry<SpamRule, List<int[]>> e : evidence.entrySet()) {
            SpamRule rule = e.getKey();
            // a built-in's min-count is its number of repeats, already applied; a rule's is its number of matches
            if (rule.builtIn() != null || e.getValue().size() >= rule.minCount()) {
                score += rule.weight();
                for (int[] s : e.getValue()) {
                    String fragment = text.substring(s[0], s[1]);
                    spam.add(new AbuseFinding(AbuseCategory.SPAM, s[0], s[1], fragment, Letters.fold(fragment), rule.id()));
                }
            }
        }
        if (score >= spamThreshold) {
            found.addAll(spam);
        }
        return score;
    }

    private static boolean containsAny(String text, String chars) {
        if (chars.isEmpty()) {
            return true;
        }
        for (int k = 0; k < chars.length(); k++) {
            if (text.indexOf(chars.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs of one character (or one emoji with its modifiers, "❤️") repeated at least {@code min}
     * times: "аааааааааа", "!!!!!!!!!!". One linear pass; a character is compared with the one
     * before it, or with the one two or three before for clusters of two or three chars.
     */
    static List<int[]> repeatedChars(String text, int min) {
        List<int[]> spans = new ArrayList<>();
        for (int width = 1; width <= 3; width++) {
            // [runStart, k) repeats its first `width` chars; a mismatch at k ends it, and a new run
            // containing k can only begin after k - width
            int runStart = 0;
            for (int k = width; k <= text.length(); k++) {
                boolean same = k < text.length() && text.charAt(k) == text.charAt(k - width)
                        && !Character.isWhitespace(text.charAt(k));
                if (same) {
                    continue;
                }
                int repeats = (k - runStart) / width;
                if (repeats >= min && !overlaps(spans, runStart, k)) {
                    spans.add(new int[] {runStart, runStart + repeats * width});
                }
                runStart = k - width + 1;
            }
        }
        return spans;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** The occurrences of a word of three or more letters that fills a large share of the text. */
    private List<int[]> repeatedWord(Pieces pieces, int minCount, int sharePercent) {
        Map<String, Integer> counts = new HashMap<>();
        int words = 0;
        String top = null;
        int topCount = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String form = pieces.form(i);
            if (pieces.variants(i).isEmpty()) {
                continue;
            }
            words++;
            if (form.length() >= 3) {
                int c = counts.merge(form, 1, Integer::sum);
                if (c > topCount) {
                    topCount = c;
                    top = form;
                }
            }
        }
        List<int[]> spans = new ArrayList<>();
        if (top != null && topCount >= minCount && topCount * 100 >= sharePercent * words) {
            for (int i = 0; i < pieces.size(); i++) {
                if (pieces.form(i).equals(top)) {
                    spans.add(new int[] {pieces.start(i), pieces.end(i)});
                }
            }
        }
        return spans;
    }

    /** The same sentence of two or more words written again and again. */
    private List<int[]> repeatedSentence(Pieces pieces, int minCount) {
        Map<String, List<int[]>> sentences = new LinkedHashMap<>();
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            StringBuilder key = new StringBuilder(pieces.form(i));
            while (j + 1 < pieces.size() && pieces.sentence(j + 1) == pieces.sentence(i)) {
                j++;
                key.append(' ').append(pieces.form(j));
            }
            if (j > i) {
                sentences.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(new int[] {pieces.start(i), pieces.end(j)});
            }
            i = j + 1;
        }
        for (List<int[]> spans : sentences.values()) {
            if (spans.size() >= minCount) {
                return spans;
            }
        }
        return List.of();
    }

    /** One finding per category and place: overlapping findings of a category keep the first, longest. */
    private static List<AbuseFinding> distinct(List<AbuseFinding> found) {
        found.sort(Comparator.comparingInt(AbuseFinding::start)
                .thenComparing(Comparator.comparingInt((AbuseFinding f) -> f.end() - f.start()).reversed()));
        List<AbuseFinding> kept = new ArrayList<>();
        int[] reached = new int[AbuseCategory.values().length];
        java.util.Arrays.fill(reached, -1);
        for (AbuseFinding f : found) {
            int c = f.category().ordinal();
            if (f.start() >= reached[c]) {
                kept.add(f);
                reached[c] = f.end();
            }
        }
        return kept;
    }
}
