package ru.otklik.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import ru.otklik.textcheck.control.AbuseDetector;
import ru.otklik.textcheck.control.StyleChecker;
import ru.otklik.textcheck.entity.AbuseReport;
import ru.otklik.textcheck.entity.StyleReport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The text checks against a baseline on the same text, in one run (issue 7 target: the style check of
 * a 5,000-character draft under 10 ms on average; issue 8: the abuse detection of a 1,000-character
 * comment under 1 ms). The baseline is what any text handling costs at least: lower case and split on
 * white space. Sixteen texts of each size, the sentences shuffled, so that no single string is learnt.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextCheckBenchmark {

    static final int N = 16;

    /** Drafts: half plain, half officialese, as a post or an answer may be before the check. */
    static final String[] DRAFT_SENTENCES = {
            "Завтра с 9 до 17 на улице Садовой не будет воды: меняем трубу у дома 12.",
            "Снег с дорог убираем с пяти утра, первыми чистим автобусные маршруты.",
            "Спасибо, что написали про яму у остановки! Заделаем её до пятницы.",
            "Фонари на улице Мира снова горят — электрики заменили кабель.",
            "Дорогу на Заречную отремонтируем летом, деньги на это уже выделили.",
            "Данные счётчиков можно передать до 25 числа через Госуслуги.",
            "Пожалуйста, не оставляйте машины у обочины ночью — мешаете снегоуборочной технике.",
            "Многие спрашивают про отопление: батареи включим, когда пять дней подряд будет холоднее восьми градусов.",
            "В целях обеспечения безопасности дорожного движения осуществляется ремонт дорожного покрытия по улице Садовой.",
            "Администрация сельского поселения информирует о плановом отключении водоснабжения.",
            "Доводим до вашего сведения, что вывоз твёрдых коммунальных отходов производится согласно утверждённому графику.",
            "В связи с проведением ремонтных работ подача горячей воды будет временно прекращена.",
            "Данный вопрос находится на контроле администрации.",
            "На сегодняшний день работы по очистке дорог от снега ведутся в штатном режиме.",
            "Ремонт кровли здания школы является первоочередной задачей администрации.",
            "ВНИМАНИЕ! Отключение электроэнергии будет производиться с 10:00 до 15:00 по улицам Лесной, Садовой,"
                    + " Мира и Гагарина, а также в переулках Школьном и Речном, в связи с заменой опор и проводов"
                    + " линии электропередачи, которую выполняет сетевая компания по заявке администрации.",
    };

    /** Comments: mostly ordinary, some rude, one with a link, as a busy thread reads. */
    static final String[] COMMENT_SENTENCES = {
            "Когда уже починят дорогу на Садовой? Третий год обещаете.",
            "У нас на Лесной опять нет воды с утра, когда дадут?",
            "Фонарь у дома 5 не горит уже неделю, посмотрите, пожалуйста.",
            "Это безобразие, третий день нет света на всей улице!",
            "Спасибо дворнику с Гагарина, всегда всё чисто.",
            "Вот фото ямы: https://vk.com/photo123_456",
            "Застрахуй машину заранее, а то потом будет поздно.",
            "Дорога пи3дец, весь город в ямах.",
            "Депутаты — козлы, только о себе думают.",
            "Подскажите, куда звонить, если прорвало трубу в подвале?",
            "Мусор не вывозят с понедельника, баки переполнены.",
            "Тротуар на Мира весь в ледяных буграх, бабушки падают.",
    };

    String[] drafts = new String[N];
    String[] comments = new String[N];
    StyleChecker style;
    AbuseDetector abuse;
    int i;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(42);
        for (int k = 0; k < N; k++) {
            drafts[k] = text(DRAFT_SENTENCES, 5_000, random);
            comments[k] = text(COMMENT_SENTENCES, 1_000, random);
        }
        style = StyleChecker.shipped();
        abuse = AbuseDetector.shipped();
    }

    /** Whole sentences in shuffled order, cut to exactly {@code length} characters. */
    static String text(String[] sentences, int length, Random random) {
        StringBuilder b = new StringBuilder(length + 200);
        List<String> order = new ArrayList<>(List.of(sentences));
        while (b.length() < length) {
            Collections.shuffle(order, random);
            for (String s : order) {
                b.append(s).append(' ');
            }
        }
        return b.substring(0, length);
    }

    private int next() {
        i = (i + 1) & (N - 1);
        return i;
    }

    @Benchmark
    public StyleReport styleCheck5000() {
        return style.check(drafts[next()]);
    }

    @Benchmark
    public int styleBaseline5000() {
        return drafts[next()].toLowerCase(Locale.ROOT).split("\\s+").length;
    }

    @Benchmark
    public AbuseReport abuseDetect1000() {
        return abuse.detect(comments[next()]);
    }

    @Benchmark
    public int abuseBaseline1000() {
        return comments[next()].toLowerCase(Locale.ROOT).split("\\s+").length;
    }

    /** Reading and compiling all rule files, which happens once per application start. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object loadRules() {
        return new Object[] {StyleChecker.fromClasspath(StyleChecker.FOLDER), AbuseDetector.fromClasspath(StyleChecker.FOLDER)};
    }
}
