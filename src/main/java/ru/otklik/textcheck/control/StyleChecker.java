package ru.otklik.textcheck.control;

import ru.otklik.textcheck.entity.StyleCategory;
import ru.otklik.textcheck.entity.StyleFinding;
import ru.otklik.textcheck.entity.StyleReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The style check of R2.8 (posts in plain conversational language, no press-release format, no
 * канцеляризмы) and R1.10 (answers in the network's style). It marks and suggests; it never blocks.
 *
 * <p>The rules are data, in {@code src/main/resources/textcheck/}:
 * <ul>
 *   <li>{@code style-rules.tsv}: one rule a line, {@code id, category, pattern, suggestion,
 *       explanation}. The pattern is a phrase in the syntax of {@link PhrasePattern} (words matched by
 *       Snowball stem, exact form or beginning), a Java regular expression after {@code re:}
 *       (run on the original text, case-insensitive), or one of the built-in detectors
 *       {@code @noun-chain}, {@code @long-sentence}, {@code @capitals} (the line gives their texts).
 *       The category {@code EXCEPT} marks phrases that are fine ("персональные данные"): findings
 *       lying inside one are dropped.</li>
 *   <li>{@code style-settings.properties}: the sentence length, the noun chain's endings and
 *       exceptions, the capitals' minimum length.</li>
 *   <li>{@code abbreviations.txt}: words in capitals that are fine (МФЦ, ЖКХ, ГИБДД).</li>
 * </ul>
 *
 * <p>Built once (the rules are compiled into hash lookups by first word), then used by any number of
 * threads: a check keeps its state (the words, a Snowball stemmer) to itself. A check reads the text
 * once, stems each word at most once, and runs only the handful of {@code re:} rules as regular
 * expressions.
 */
public final class StyleChecker {

    /** The folder of the shipped rule files on the class path. */
    public static final String FOLDER = "textcheck";

    private static final String[] ADJECTIVE_ENDINGS = {
            "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ом",
            "ем", "ую", "юю", "ых", "их", "ыми", "ими"};

    /** A rule as read; {@code category} is null for an exception. */
    private record Rule(String id, StyleCategory category, String suggestion, String explanation, int order) {
    }

    private record RegexRule(Rule rule, Pattern pattern) {
    }

    private record Candidate(int start, int end, Rule rule) {
    }

    private final PhraseIndex<Rule> phrases = new PhraseIndex<>();
    private final List<RegexRule> regexRules = new ArrayList<>();
    private Rule nounChain;
    private Rule longSentence;
    private Rule capitals;
    private final int maxSentenceWords;
    private final int nounChainMin;
    private final int nounChainMinLength;
    private final List<String> nounEndings;
    private final List<WordPattern> nounIgnored = new ArrayList<>();
    private final int capitalsMinLetters;
    private final Set<String> abbreviations = new HashSet<>();
    private int ruleCount;

    private StyleChecker(String folder) {
        Stemmer stemmer = new Stemmer();
        String settingsFile = folder + "/style-settings.properties";
        Properties settings = DataFile.properties(folder, "style-settings.properties");
        maxSentenceWords = DataFile.intSetting(settings, "long-sentence.words", settingsFile);
        nounChainMin = DataFile.intSetting(settings, "noun-chain.min", settingsFile);
        nounChainMinLength = DataFile.intSetting(settings, "noun-chain.min-length", settingsFile);
        nounEndings = DataFile.words(settings, "noun-chain.endings").stream().map(Letters::fold).toList();
        for (String w : DataFile.words(settings, "noun-chain.ignore")) {
            // beginnings ("здани*") or exact forms: the chain test runs before any stemming
            nounIgnored.add(WordPattern.parse(w.contains("*") || w.startsWith("=") ? w : "=" + w, stemmer::stem));
        }
        capitalsMinLetters = DataFile.intSetting(settings, "capitals.min-letters", settingsFile);
        for (DataFile.Line line : DataFile.read(folder, "abbreviations.txt", 1)) {
            abbreviations.add(line.column(0).toUpperCase(Locale.ROOT));
        }
        readRules(folder, stemmer);
    }

    private void readRules(String folder, Stemmer stemmer) {
        Set<String> ids = new HashSet<>();
        int order = 0;
        for (DataFile.Line line : DataFile.read(folder, "style-rules.tsv", 3)) {
            String id = line.column(0);
            if (!ids.add(id)) {
                throw line.error("the rule id " + id + " is used twice");
            }
            StyleCategory category;
            try {
                category = line.column(1).equals("EXCEPT") ? null : StyleCategory.valueOf(line.column(1));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown category " + line.column(1));
            }
            Rule rule = new Rule(id, category, line.column(3), line.column(4), order++);
            String pattern = line.column(2);
            try {
                if (pattern.startsWith("re:")) {
                    regexRules.add(new RegexRule(rule, Pattern.compile(pattern.substring(3),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
                } else if (pattern.startsWith("@")) {
                    builtIn(line, pattern, rule);
                } else {
                    phrases.add(PhrasePattern.parse(pattern, stemmer::stem), rule);
                }
            } catch (IllegalArgumentException e) { // PatternSyntaxException included
                throw line.error(e.getMessage());
            }
            ruleCount++;
        }
    }

    private void builtIn(DataFile.Line line, String pattern, Rule rule) {
        if (rule.category() == null) {
            throw line.error("a built-in detector cannot be an exception");
        }
        switch (pattern) {
            case "@noun-chain" -> nounChain = rule;
            case "@long-sentence" -> longSentence = rule;
            case "@capitals" -> capitals = rule;
            default -> throw line.error("unknown built-in detector " + pattern);
        }
    }

    /** The shipped rules, loaded on first use and shared. */
    public static StyleChecker shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final StyleChecker INSTANCE = new StyleChecker(FOLDER);
    }

    /** Rules from another folder on the class path (same file names), e.g. for a test. */
    public static StyleChecker fromClasspath(String folder) {
        return new StyleChecker(folder);
    }

    /** The sentence length above which a sentence is marked, as configured. */
    public int maxSentenceWords() {
        return maxSentenceWords;
    }

    public int ruleCount() {
        return ruleCount;
    }

    /** Checks with the configured sentence length; {@code null} is checked as an empty text. */
    public StyleReport check(String text) {
        return check(text, maxSentenceWords);
    }

    /**
     * @param maxSentenceWords sentences with more words than this are marked (at least 1)
     */
    public StyleReport check(String text, int maxSentenceWords) {
        if (maxSentenceWords < 1) {
            throw new IllegalArgumentException("maxSentenceWords must be at least 1, not " + maxSentenceWords);
        }
        if (text == null || text.isEmpty()) {
            return StyleReport.empty();
        }
        Words words = Words.of(text, new Stemmer());
        List<StyleFinding> findings = new ArrayList<>(lexical(words));
        if (nounChain != null) {
            nounChains(words, findings);
        }
        if (longSentence != null) {
            longSentences(words, maxSentenceWords, findings);
        }
        if (capitals != null) {
            capitals(words, findings);
        }
        findings.sort(Comparator.comparingInt(StyleFinding::start).thenComparing(StyleFinding::category));
        return new StyleReport(findings, words.size(), words.sentenceCount(),
                StyleReport.score(findings, words.size()));
    }

    /** Phrase and regex rules; where two overlap the longer wins, then the earlier in the file. */
    private List<StyleFinding> lexical(Words words) {
        List<Candidate> candidates = new ArrayList<>();
        List<int[]> excepted = new ArrayList<>();
        phrases.forEachMatch(words, (entry, from, to) -> {
            Rule rule = entry.payload();
            int start = words.start(from);
            int end = words.end(to - 1);
            if (rule.category() == null) {
                excepted.add(new int[] {start, end});
            } else {
                candidates.add(new Candidate(start, end, rule));
            }
        });
        String text = words.text();
        for (RegexRule r : regexRules) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    if (r.rule().category() == null) {
                        excepted.add(new int[] {m.start(), m.end()});
                    } else {
                        candidates.add(new Candidate(m.start(), m.end(), r.rule()));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
                .thenComparingInt(c -> c.rule().order()));
        List<StyleFinding> kept = new ArrayList<>();
        int reached = -1;
        for (Candidate c : candidates) {
            if (c.start() < reached || insideAny(c, excepted)) {
                continue;
            }
            kept.add(finding(text, c.start(), c.end(), c.rule(), c.rule().suggestion(), c.rule().explanation()));
            reached = c.end();
        }
        return kept;
    }

    /** An exception ("персональные данные") drops what lies inside it, not a longer match around it. */
    private static boolean insideAny(Candidate c, List<int[]> spans) {
        for (int[] s : spans) {
            if (s[0] <= c.start() && c.end() <= s[1]) {
                return true;
            }
        }
        return false;
    }

    private static StyleFinding finding(String text, int start, int end, Rule rule, String suggestion, String explanation) {
        return new StyleFinding(start, end, rule.id(), rule.category(), text.substring(start, end), suggestion, explanation);
    }

    /**
     * Runs of verbal nouns ("-ние", "-ция", "-ость" ...) one after another with nothing but spaces and
     * adjectives between them: "в целях обеспечения пожарной безопасности населения".
     */
    private void nounChains(Words words, List<StyleFinding> findings) {
        int nouns = 0;
        int first = -1;
        int last = -1;
        int fillers = 0;
        for (int i = 0; i < words.size(); i++) {
            boolean continues = nouns > 0 && words.sentence(i) == words.sentence(i - 1) && words.joinedBySpace(i);
            String form = words.form(i);
            boolean noun = isChainNoun(form);
            if (continues && noun) {
                nouns++;
                last = i;
                fillers = 0;
            } else if (continues && fillers < 2 && isAdjective(form)) {
                fillers++;
            } else {
                addChain(words, nouns, first, last, findings);
                nouns = noun ? 1 : 0;
                first = noun ? i : -1;
                last = first;
                fillers = 0;
            }
        }
        addChain(words, nouns, first, last, findings);
    }

    private void addChain(Words words, int nouns, int first, int last, List<StyleFinding> findings) {
        if (nouns >= nounChainMin) {
            findings.add(finding(words.text(), words.start(first), words.end(last), nounChain,
                    nounChain.suggestion(), nounChain.explanation().replace("{nouns}", String.valueOf(nouns))));
        }
    }

    private boolean isChainNoun(String form) {
        if (form.length() < nounChainMinLength) {
            return false;
        }
        boolean ending = false;
        for (String e : nounEndings) {
            if (form.endsWith(e)) {
                ending = true;
                break;
            }
        }
        if (!ending) {
            return false;
        }
        for (WordPattern ignored : nounIgnored) {
            if (ignored.matches(form, null)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAdjective(String form) {
        if (form.length() < 4) {
            return false;
        }
        for (String e : ADJECTIVE_ENDINGS) {
            if (form.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private void longSentences(Words words, int max, List<StyleFinding> findings) {
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j + 1 < words.size() && words.sentence(j + 1) == words.sentence(i)) {
                j++;
            }
            int count = j - i + 1;
            if (count > max) {
                findings.add(finding(words.text(), words.start(i), words.end(j), longSentence,
                        longSentence.suggestion(), longSentence.explanation()
                                .replace("{words}", String.valueOf(count)).replace("{max}", String.valueOf(max))));
            }
            i = j + 1;
        }
    }

    /** Words of at least N letters all in capitals, not abbreviations; neighbours form one finding. */
    private void capitals(Words words, List<StyleFinding> findings) {
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i <= words.size(); i++) {
            boolean shouting = i < words.size() && isShouting(words.written(i));
            if (shouting && runStart >= 0 && words.sentence(i) == words.sentence(runEnd)) {
                runEnd = i;
                continue;
            }
            if (runStart >= 0) {
                String text = words.text();
                String fragment = text.substring(words.start(runStart), words.end(runEnd));
                String lower = fragment.toLowerCase(Locale.ROOT);
                boolean sentenceStart = runStart == 0 || words.sentence(runStart - 1) != words.sentence(runStart);
                String suggestion = sentenceStart ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
                findings.add(finding(text, words.start(runStart), words.end(runEnd), capitals,
                        suggestion, capitals.explanation()));
                runStart = -1;
            }
            if (shouting) {
                runStart = i;
                runEnd = i;
            }
        }
    }

    private boolean isShouting(String written) {
        int letters = 0;
        boolean roman = true;
        for (int k = 0; k < written.length(); k++) {
            char c = written.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
                roman &= "IVXLCDM".indexOf(c) >= 0;
            }
        }
        if (letters < capitalsMinLetters || roman) {
            return false;
        }
        String upper = written.toUpperCase(Locale.ROOT);
        if (abbreviations.contains(upper)) {
            return false;
        }
        for (String part : upper.split("-")) {
            if (!abbreviations.contains(part) && part.codePoints().filter(Character::isLetter).count() >= capitalsMinLetters) {
                return true;
            }
        }
        return false;
    }
}
