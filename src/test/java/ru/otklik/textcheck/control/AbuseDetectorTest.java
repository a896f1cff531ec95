package ru.otklik.textcheck.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.otklik.textcheck.entity.AbuseCategory;
import ru.otklik.textcheck.entity.AbuseFinding;
import ru.otklik.textcheck.entity.AbuseReport;
import ru.otklik.textcheck.entity.SuggestedGround;
import ru.otklik.textcheck.entity.SuggestedReason;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class AbuseDetectorTest {

    private final AbuseDetector detector = AbuseDetector.shipped();

    @Test
    void offsetsPointAtTheWordAsWritten() {
        String text = "Дорога — пи3дец, а Х.у.й знает почему.";
        AbuseReport report = detector.detect(text);
        assertThat(report.findings()).hasSize(2);
        for (AbuseFinding f : report.findings()) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.fragment());
            assertThat(f.category()).isEqualTo(AbuseCategory.OBSCENE);
        }
        assertThat(report.findings()).extracting(AbuseFinding::fragment).containsExactly("пи3дец", "Х.у.й");
        assertThat(report.findings()).extracting(AbuseFinding::normalized).containsExactly("пиздец", "хуй");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "xyйня",            // Latin look-alikes
            "Нaхyй",
            "пи3дец",           // digits
            "6лять",
            "заеб@ли",          // @ for а
            "х.у.й",            // separators
            "б л я",
            "п-и-з-д-е-ц",
            "ху_йня",
            "бляяяяя",          // repeats
            "Нихуяяя",
            "п*здец",           // stars for letters
            "бл**ь",
            "pizdec",           // transliteration
            "zaebali",
            "ЗАЕБАЛИ",          // capitals
            "охуеть",           // word forms through prefixes
            "распиздяи",
            "выёбываются",
    })
    void obscenityThroughDisguises(String word) {
        assertThat(detector.detect("Ну " + word + " с этим ремонтом").categories())
                .as(word).contains(AbuseCategory.OBSCENE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "оскорблять", "страховка", "хлебушек", "застрахуй", "потребляй", "ипохондрия", "рубля",
            "колебля", "скипидар", "психология", "употреблять", "сабля", "корабля", "себестоимость",
            "вебинар", "гребля", "земля", "учебник", "требуем", "бляха", "сухую", "художник", "хуже",
            "Хлебников", "небо", "мандарин", "мудрый", "потребитель", "колебания", "застрахуйтесь",
    })
    void cleanWordsThatHideARootStayClean(String word) {
        assertThat(detector.detect("Вот " + word + " у нас во дворе").flagged()).as(word).isFalse();
    }

    @Test
    void insultsCountAlwaysOrOnlyWhenSomeoneIsMeant() {
        assertThat(detector.detect("Вы там все дебилы?").categories()).containsExactly(AbuseCategory.INSULT);
        assertThat(detector.detect("Депутаты — козлы.").categories()).containsExactly(AbuseCategory.INSULT);
        assertThat(detector.detect("Ослы, кто это разрешил?").categories()).containsExactly(AbuseCategory.INSULT);
        assertThat(detector.detect("У соседа козёл опять гуляет по огородам.").flagged()).isFalse();
        assertThat(detector.detect("Тупой угол дома сбивают машины.").flagged()).isFalse();
        assertThat(detector.detect("Тупая пила у коммунальщиков.").flagged()).isFalse();
        assertThat(detector.detect("Козлов Сергей Иванович, глава поселения, принимает в среду.").flagged()).isFalse();
        assertThat(detector.detect("Это идиотизм — ставить остановку в луже.").flagged()).isFalse();
        assertThat(detector.detect("Воры сняли крышки с люков.").flagged()).isFalse();
        assertThat(detector.detect("Ворюги в администрации.").categories()).containsExactly(AbuseCategory.INSULT);
    }

    @Test
    void threatsButNotAccidentsOrLawsuits() {
        assertThat(detector.detect("Сожгу вашу администрацию.").categories()).containsExactly(AbuseCategory.THREAT);
        assertThat(detector.detect("Знаю, где ты живёшь.").categories()).containsExactly(AbuseCategory.THREAT);
        assertThat(detector.detect("Таких чиновников расстреливать надо.").categories()).containsExactly(AbuseCategory.THREAT);
        assertThat(detector.detect("Вчера чуть не убили мою дочь на переходе.").flagged()).isFalse();
        assertThat(detector.detect("Эта яма убьёт любую подвеску.").flagged()).isFalse();
        assertThat(detector.detect("Вы ответите за это в суде.").flagged()).isFalse();
        assertThat(detector.detect("Приходите на ярмарку, не пожалеете!").flagged()).isFalse();
        assertThat(detector.detect("Пожалеете ещё.").categories()).containsExactly(AbuseCategory.THREAT);
    }

    @Test
    void spamOnlyWhenTheEvidenceAddsUp() {
        assertThat(detector.detect("Вот фото ямы: https://vk.com/photo1_2").flagged()).isFalse();
        assertThat(detector.detect("Мой телефон 89123456789, перезвоните.").flagged()).isFalse();
        AbuseReport ad = detector.detect("Продам гараж недорого, тел. 8-912-345-67-89");
        assertThat(ad.categories()).containsExactly(AbuseCategory.SPAM);
        assertThat(ad.spamScore()).isGreaterThanOrEqualTo(3);
        assertThat(ad.findings()).extracting(AbuseFinding::fragment).contains("Продам", "8-912-345-67-89");
        assertThat(detector.detect("@a1b @c2d @e3f @g4h @i5j смотрите").categories()).containsExactly(AbuseCategory.SPAM);
        assertThat(detector.detect("аааааааааааааааааааааааааааааа").categories()).containsExactly(AbuseCategory.SPAM);
    }

    @Test
    void theGravestCategorySuggestsTheGroundAndTheReason() {
        AbuseReport threatAndMat = detector.detect("Убью нахуй, если опять отключите свет.");
        assertThat(threatAndMat.categories()).containsExactly(AbuseCategory.THREAT, AbuseCategory.OBSCENE);
        assertThat(threatAndMat.gravest()).contains(AbuseCategory.THREAT);
        assertThat(threatAndMat.suggestedGround()).contains(SuggestedGround.THREAT_TO_OFFICIAL);
        assertThat(threatAndMat.suggestedReason()).contains(SuggestedReason.UNLAWFUL);

        AbuseReport insult = detector.detect("Мрази, верните деньги.");
        assertThat(insult.suggestedGround()).contains(SuggestedGround.INSULT);
        assertThat(insult.suggestedReason()).contains(SuggestedReason.INSULT);

        AbuseReport spam = detector.detect("Займы на карту без отказа, звоните!");
        assertThat(spam.suggestedGround()).isEmpty();
        assertThat(spam.suggestedReason()).contains(SuggestedReason.SPAM);

        AbuseReport clean = detector.detect("Когда починят дорогу?");
        assertThat(clean.flagged()).isFalse();
        assertThat(clean.suggestedGround()).isEmpty();
        assertThat(clean.suggestedReason()).isEmpty();
    }

    @Test
    void emptyNullAndHugeInput() {
        for (String text : new String[] {null, "", "  \n ", "12345 678", "!!!", "*** @@@"}) {
            assertThat(detector.detect(text).flagged()).as(String.valueOf(text)).isFalse();
        }
        String comment = "Когда уже починят дорогу на Садовой? Третий год обещаете, а воз и ныне там. ";
        String huge = comment.repeat(15_000) + "Бля.";
        AbuseReport report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> detector.detect(huge));
        assertThat(report.categories()).contains(AbuseCategory.OBSCENE);
        assertThat(detector.detect("х".repeat(500_000)).categories()).containsExactly(AbuseCategory.SPAM);
        String letters = "а б в ".repeat(100_000); // 300,000 single letters: the joins stay within their budget
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> detector.detect(letters)).flagged()).isFalse();
    }

    @Test
    void safeFromManyThreads() throws Exception {
        String text = "Депутаты — козлы, пи3дец полный, сожгу вашу контору. Продам гараж недорого 89123456789";
        List<AbuseFinding> expected = detector.detect(text).findings();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<AbuseFinding>>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> detector.detect(text).findings()));
            }
            for (Future<List<AbuseFinding>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
