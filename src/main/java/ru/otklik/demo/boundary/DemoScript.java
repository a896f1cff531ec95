package ru.otklik.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.content.entity.Post;
import ru.otklik.content.entity.PostFormat;
import ru.otklik.content.entity.PostTopic;
import ru.otklik.content.entity.WeekFallsShort;
import ru.otklik.demo.entity.DemoAccount;
import ru.otklik.message.boundary.Alarms;
import ru.otklik.message.boundary.CatalogueBootstrap;
import ru.otklik.message.boundary.MessageRegistrar;
import ru.otklik.message.boundary.NewMessage;
import ru.otklik.message.entity.Answer;
import ru.otklik.message.entity.AnswerDraft;
import ru.otklik.message.entity.AnswerKind;
import ru.otklik.message.entity.ApiToken;
import ru.otklik.message.entity.DraftStatus;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageChanged;
import ru.otklik.message.entity.MessageEvent;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.NoAnswerGround;
import ru.otklik.moderation.boundary.CommentRegistrar;
import ru.otklik.moderation.boundary.NewComment;
import ru.otklik.moderation.entity.BanReason;
import ru.otklik.moderation.entity.BanTerm;
import ru.otklik.moderation.entity.Blacklisting;
import ru.otklik.moderation.entity.Comment;
import ru.otklik.moderation.entity.DeleteReason;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.boundary.StaffAccounts;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.socialaccount.entity.AccountStatus;
import ru.otklik.socialaccount.entity.DesignItem;
import ru.otklik.socialaccount.entity.OfficialAccount;
import ru.otklik.socialaccount.entity.PolicyDocument;
import ru.otklik.worktime.boundary.CalendarBootstrap;
import ru.otklik.worktime.boundary.WorkingTimes;
import ru.otklik.worktime.entity.DeadlineKind;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the demo data set of a fictional settlement into a new organisation, through the
 * application's own model: the message registrar (deadline in working time, alarms, the first
 * line of the timeline, R1.14's notice of a high-importance incident), the working-time engine
 * (first-answer minutes, R1.9's final deadline after an interim answer), the comment registrar
 * (abuse flags, banned authors). Every date is relative to {@code now} in the organisation's time
 * zone, so the demo never looks stale. Runs in the caller's transaction ({@link DemoData}).
 */
@Dependent
public class DemoScript {

    static final String NAME = "Демо: сельское поселение Берёзовское";
    static final String SOURCE = "demo";
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    /** The one known password of every demo login (shown on the login page while the demo exists). */
    static final String PASSWORD = "berezovka-2026";

    /** The demo staff: one per role, two executors. */
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo.admin", PASSWORD, "Никитин Павел Сергеевич", Role.ADMIN.key()),
            new DemoAccount("demo.head", PASSWORD, "Соколов Андрей Петрович", Role.HEAD.key()),
            new DemoAccount("demo.curator", PASSWORD, "Лебедева Ирина Викторовна", Role.CURATOR.key()),
            new DemoAccount("demo.operator", PASSWORD, "Кузнецова Ольга Ивановна", Role.OPERATOR.key()),
            new DemoAccount("demo.executor1", PASSWORD, "Морозов Виктор Алексеевич", Role.EXECUTOR.key()),
            new DemoAccount("demo.executor2", PASSWORD, "Васильева Елена Николаевна", Role.EXECUTOR.key()),
            new DemoAccount("demo.smm", PASSWORD, "Попова Анна Дмитриевна", Role.SMM_EDITOR.key()),
            new DemoAccount("demo.moderator", PASSWORD, "Фёдоров Денис Игоревич", Role.MODERATOR.key()));

    private static final Map<String, String> POSITIONS = Map.of(
            "demo.admin", "системный администратор",
            "demo.head", "глава сельского поселения",
            "demo.curator", "начальник общего отдела",
            "demo.operator", "специалист общего отдела",
            "demo.executor1", "специалист по ЖКХ и благоустройству",
            "demo.executor2", "специалист по социальным вопросам",
            "demo.smm", "ведущий официальных аккаунтов",
            "demo.moderator", "модератор официальных аккаунтов");

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarBootstrap calendars;

    @Inject
    CatalogueBootstrap catalogue;

    @Inject
    WorkingTimes workingTimes;

    @Inject
    MessageRegistrar registrar;

    @Inject
    Alarms alarms;

    @Inject
    CommentRegistrar comments;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Event<MessageChanged> changed;

    @Inject
    Event<WeekFallsShort> shortfalls;

    private long org;
    private Instant now;
    private LocalDate today;
    private final Map<String, StaffUser> staff = new HashMap<>();
    private final Map<String, Network> networks = new HashMap<>();
    private int serial;

    /** Creates the demo organisation with all its data; returns its id. */
    public long load(Instant at) {
        now = at;
        today = LocalDate.ofInstant(now, ZONE);
        Organisation o = new Organisation(NAME, ZONE, now);
        o.markDemo();
        o.setDistrict("Заречный муниципальный район (вымышленный, демо-данные)");
        o.setHeadName("Соколов Андрей Петрович");
        o.setCuratorName("Лебедева Ирина Викторовна");
        o.setResponsibleOfficial("Кузнецова Ольга Ивановна, специалист общего отдела");
        // set up complete from the start: the demo's administrator is never sent to the wizard
        o.markConfigured(now);
        em.persist(o);
        em.flush();
        org = o.getId();
        calendars.seed(org);
        catalogue.seed(org);
        em.flush();
        em.createNamedQuery(Network.OF_ORGANISATION, Network.class).setParameter("org", org).getResultList()
                .forEach(n -> networks.put(n.getCode(), n));
        for (DemoAccount a : ACCOUNTS) {
            Role role = Role.valueOf(a.roleKey().substring("role.".length()));
            staff.put(a.login(), staffAccounts.create(org, a.login(), a.fullName(), POSITIONS.get(a.login()),
                    a.password(), EnumSet.of(role)));
        }
        em.flush();
        apiToken();
        messages();
        List<OfficialAccount> accounts = accounts();
        posts(accounts);
        moderation(accounts);
        em.flush();
        return org;
    }

    /** A token of a (fictional) monitoring system, as the API tokens page lists it; its secret is never known. */
    private void apiToken() {
        String secret = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            em.persist(new ApiToken(org, "Демо: система мониторинга соцсетей", "demo" + secret.substring(0, 4),
                    java.util.HexFormat.of().formatHex(hash), "demo.admin", now.minus(Duration.ofDays(20))));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- messages (Appendix 1)

    private void messages() {
        // closed in the past weeks: answered in time, a few late, some after an interim answer
        closed(MessageKind.INCIDENT, "vk", "roads", "Пётр Смирнов", 26, 10,
                "На улице Лесной после дождей размыло дорогу, машина скорой не проедет. Когда отсыплют?",
                "Здравствуйте! Отсыпка улицы Лесной щебнем запланирована на эту неделю, подрядчик уведомлён.", 200);
        closed(MessageKind.INCIDENT, "ok", "housing", "Галина Орлова", 25, 14,
                "Третий день нет холодной воды в доме 4 по Школьной улице. Куда звонить?",
                "Здравствуйте! Авария на водоводе устранена, вода подана. Телефон диспетчера: 8 (800) 000-00-00.", 150);
        closed(MessageKind.INCIDENT, "vk", "improvement", "Илья Романов", 24, 9,
                "Детская площадка у клуба сломана, качели висят на одной цепи. Дети катаются, опасно.",
                "Спасибо за сигнал! Качели сняты, новые установят до конца месяца.", 620);
        closed(MessageKind.PUBLICATION, "telegram", "transport", "Наталья Белова", 23, 11,
                "Автобус до райцентра по субботам не ходит уже месяц, в расписании он есть.",
                "Здравствуйте! Перевозчик подтвердил рейс по субботам в 7:40, расписание обновлено.", 300);
        closed(MessageKind.HIGH_IMPORTANCE, "vk", "safety", "Сергей Волков", 22, 16,
                "Горит сухая трава у фермы за рекой, ветер в сторону домов!",
                "Пожарные на месте, возгорание локализовано. Угрозы домам нет.", 60);
        closed(MessageKind.INCIDENT, "max", "health", "Мария Егорова", 19, 10,
                "Когда в ФАП снова будет приём терапевта? Записи нет уже две недели.",
                "Приём терапевта в ФАП возобновлён: вторник и четверг с 9 до 13.", 420);
        closed(MessageKind.INCIDENT, "vk", "roads", "Алексей Павлов", 18, 12,
                "Не горят фонари на Центральной от магазина до школы, детям темно идти.",
                "Фонари на Центральной улице отремонтированы, освещение работает.", 700);
        closed(MessageKind.INCIDENT, "ok", "social", "Валентина Козлова", 17, 9,
                "Подскажите, как оформить компенсацию за дрова пенсионеру?",
                "Заявление принимают в МФЦ и в администрации, нужен паспорт и СНИЛС. Поможем заполнить.", 90);
        closed(MessageKind.PUBLICATION, "vk", "education", "Ольга Сорокина", 16, 15,
                "В новости про школьный автобус неверное время отправления.",
                "Спасибо, время исправлено в новости: автобус отправляется в 7:50.", 240);
        closed(MessageKind.INCIDENT, "telegram", "improvement", "Дмитрий Лебедев", 12, 10,
                "У колонки на Садовой стоит лужа и грязь по колено, подойти невозможно.",
                "Площадку у колонки отсыпали и сделали водоотвод.", 330);
        closed(MessageKind.HIGH_IMPORTANCE, "ok", "housing", "Нина Фролова", 11, 8,
                "Упало дерево на провода на Заречной, искрит, света нет на всей улице!",
                "Аварийная бригада на месте, дерево убрано, свет подан в 12:40.", 150);
        closed(MessageKind.INCIDENT, "vk", "other", "Роман Киселёв", 9, 13,
                "Когда будет сход граждан по вопросу клуба?",
                "Сход граждан пройдёт в клубе в субботу в 11:00, приходите!", 120);
        interimThenFinal("vk", "roads", "Татьяна Ильина", 21, 10,
                "Мост через ручей на Полевой прогнил, по нему страшно ходить.",
                "Мост осмотрен, его закрыли для машин. Ремонт включён в план, сообщим сроки.",
                "Мост отремонтирован: заменён настил и перила.");
        interimThenFinal("ok", "housing", "Евгений Соловьёв", 15, 11,
                "В бане на Школьной не работает котёл, помыться негде.",
                "Котёл ждёт запчасть, её заказали. Ответим, как только будет ремонт.",
                "Котёл отремонтирован, баня работает по обычному графику.");
        // R1.11: no answer is given to threats, obscenity, insults
        noAnswer("vk", "Аноним", 20, 22, NoAnswerGround.THREAT_TO_OFFICIAL,
                "Если не сделаете дорогу, приеду и разберусь с главой лично, мало не покажется.");
        noAnswer("ok", "Гость", 13, 23, NoAnswerGround.OBSCENE_LANGUAGE,
                "[текст с нецензурной бранью скрыт в демо-данных]");
        noAnswer("telegram", "Аноним", 6, 21, NoAnswerGround.INSULT,
                "Все в администрации бездельники и дармоеды, толку от вас никакого.");

        // still open: every stage of the procedure
        Message fresh = registered(MessageKind.INCIDENT, "vk", null, "Светлана Королёва", now.minus(Duration.ofMinutes(20)),
                "Собака без хозяина бегает у остановки, кидается на детей. Кто этим занимается?");
        soon(MessageKind.INCIDENT, "ok", null, "Андрей Никифоров", 30, 90,
                "На кладбище переполнены контейнеры, мусор разносит ветром.");
        Message triaged = registered(MessageKind.INCIDENT, "telegram", "improvement", "Юлия Макарова",
                now.minus(Duration.ofMinutes(50)), "Просим поставить скамейку у памятника, пожилым негде присесть.");
        triage(triaged, at(triaged, 10));
        Message awaitingHead = registered(MessageKind.INCIDENT, "vk", "roads", "Константин Тихонов",
                now.minus(Duration.ofMinutes(70)), "Яма на въезде в село у поворота на ферму, уже пробили два колеса.");
        triage(awaitingHead, at(awaitingHead, 10));
        toHead(awaitingHead, at(awaitingHead, 20));
        Message overdueHead = registered(MessageKind.INCIDENT, "ok", "housing", "Людмила Зайцева", day(5, 10),
                "В доме 12 по Молодёжной течёт крыша, управляющей компании нет. Кто отвечает?");
        triage(overdueHead, at(overdueHead, 30));
        toHead(overdueHead, at(overdueHead, 60));
        Message soonWork = soon(MessageKind.INCIDENT, "vk", "transport", "Михаил Гусев", 30, 100,
                "Остановку у почты замело, автобус не останавливается. Почистите, пожалуйста.");
        working(soonWork, "demo.executor1");
        Message overdueWork = registered(MessageKind.INCIDENT, "max", "social", "Зинаида Медведева", day(8, 11),
                "Моей маме 85 лет, ей не привезли продуктовый набор в этом месяце. Куда обратиться?");
        working(overdueWork, "demo.executor2");
        Message returned = registered(MessageKind.INCIDENT, "vk", "improvement", "Олег Комаров", day(1, 9),
                "Почему не скошена трава на детской площадке у школы? Клещи же.");
        working(returned, "demo.executor1");
        AnswerDraft first = draft(returned, at(returned, 120), AnswerKind.FINAL,
                "Покос проводится по графику.");
        submit(returned, first, at(returned, 130));
        reviewed(returned, first, at(returned, 160), DraftStatus.RETURNED,
                "Ответ формальный: напишите, когда именно скосят траву у школы и кто это сделает.");
        Message inReview = registered(MessageKind.INCIDENT, "ok", "health", "Вера Жукова", day(1, 14),
                "Аптечный пункт закрыт вторую неделю, за лекарствами ездим в район.");
        working(inReview, "demo.executor2");
        submit(inReview, draft(inReview, at(inReview, 100), AnswerKind.FINAL,
                "Здравствуйте! Аптечный пункт откроется в понедельник: фармацевт вышел из отпуска."), at(inReview, 110));
        Message approved = registered(MessageKind.PUBLICATION, "vk", "education", "Кирилл Баранов", day(2, 10),
                "Когда начнётся запись в кружки Дома культуры?");
        working(approved, "demo.executor2");
        AnswerDraft ok = draft(approved, at(approved, 90), AnswerKind.FINAL,
                "Запись в кружки Дома культуры открыта с 1 числа, приходите с 15 до 18 часов.");
        submit(approved, ok, at(approved, 100));
        reviewed(approved, ok, at(approved, 130), DraftStatus.APPROVED, null);
        approved.setStatus(MessageStatus.APPROVED);
        Message interim = registered(MessageKind.INCIDENT, "telegram", "roads", "Григорий Белов", day(6, 10),
                "Грейдер испортил обочину на Полевой, теперь не выехать со двора.");
        working(interim, "demo.executor1");
        answered(interim, AnswerKind.INTERIM, "Обочину осмотрели, подрядчик восстановит её. Срок сообщим дополнительно.",
                workingTimes.plusWorkingMinutes(org, interim.getDetectedAt(), 240), "demo.executor1");
        Message interimLate = registered(MessageKind.INCIDENT, "vk", "housing", "Тамара Кудрявцева", day(18, 10),
                "Из-за ремонта водопровода у дома 3 на Лесной раскопана канава, её не закопали.");
        working(interimLate, "demo.executor1");
        answered(interimLate, AnswerKind.INTERIM, "Подрядчик закопает канаву после проверки трубы, ответим о сроках.",
                workingTimes.plusWorkingMinutes(org, interimLate.getDetectedAt(), 300), "demo.executor1");
        Message urgent = registered(MessageKind.HIGH_IMPORTANCE, "vk", "safety", "Виктор Ершов",
                now.minus(Duration.ofMinutes(40)),
                "На Речной улице лёд на реке треснул, дети всё равно выходят кататься! Нужно ограждение.");
        triage(urgent, at(urgent, 5));
        toHead(urgent, at(urgent, 10));
        Message urgentOverdue = registered(MessageKind.HIGH_IMPORTANCE, "ok", "housing", "Раиса Мельникова",
                day(3, 9), "В котельной школы авария, в классах +12, детей отправляют домой!");
        triage(urgentOverdue, at(urgentOverdue, 10));
        toHead(urgentOverdue, at(urgentOverdue, 20));
        assign(urgentOverdue, at(urgentOverdue, 40), "demo.executor1");
        registered(MessageKind.PUBLICATION, "telegram", "other", "Ксения Абрамова", now.minus(Duration.ofMinutes(35)),
                "В вашем посте про субботник указан не тот адрес сбора.");
        if (fresh.getId() == null) {
            throw new IllegalStateException("The demo messages were not stored");
        }
    }

    /** Registered through the application's registrar: the deadline in working time, the alarms, the timeline. */
    private Message registered(MessageKind kind, String network, String topic, String author, Instant detectedAt,
                               String text) {
        NewMessage in = new NewMessage();
        in.setKind(kind);
        in.setNetwork(network);
        in.setTopic(topic);
        in.setAuthorName(author);
        in.setText(text);
        in.setDetectedAt(detectedAt);
        in.setSource(SOURCE);
        in.setExternalId("demo-" + (++serial));
        in.setUrl("https://" + (network.equals("telegram") ? "t.me" : network + ".example") + "/berezovskoe/demo-" + serial);
        // rows that name others by id only (timeline, drafts, answers) must follow them, and Hibernate orders a
        // flush's inserts by entity (first seen first), not by the order of persist calls: nothing may be pending
        // before the registration, and the new message is written before anything names it
        em.flush();
        Message m = registrar.register(org, in, "demo.operator").message();
        em.flush();
        return m;
    }

    /** A message whose deadline is still ahead but less than {@code maxLeft} working minutes away (amber). */
    private Message soon(MessageKind kind, String network, String topic, String author, long minLeft, long maxLeft,
                         String text) {
        DeadlineKind term = kind == MessageKind.HIGH_IMPORTANCE ? DeadlineKind.HIGH_IMPORTANCE
                : kind == MessageKind.PUBLICATION ? DeadlineKind.PUBLICATION : DeadlineKind.INCIDENT;
        Instant detected = now.minus(Duration.ofMinutes(30));
        for (Instant t = detected; t.isAfter(now.minus(Duration.ofDays(14))); t = t.minus(Duration.ofMinutes(15))) {
            Instant due = workingTimes.due(org, term, t);
            if (!due.isAfter(now)) {
                break;
            }
            long left = workingTimes.workingMinutesBetween(org, now, due);
            detected = t;
            if (left >= minLeft && left <= maxLeft) {
                break;
            }
        }
        return registered(kind, network, topic, author, detected, text);
    }

    private void closed(MessageKind kind, String network, String topic, String author, int daysAgo, int hour,
                        String text, String answer, long answerAfterWorkingMinutes) {
        Message m = registered(kind, network, topic, author, day(daysAgo, hour), text);
        String executor = serial % 2 == 0 ? "demo.executor1" : "demo.executor2";
        working(m, executor);
        answered(m, AnswerKind.FINAL, answer,
                workingTimes.plusWorkingMinutes(org, m.getDetectedAt(), answerAfterWorkingMinutes), executor);
    }

    private void interimThenFinal(String network, String topic, String author, int daysAgo, int hour, String text,
                                  String interimAnswer, String finalAnswer) {
        Message m = registered(MessageKind.INCIDENT, network, topic, author, day(daysAgo, hour), text);
        working(m, "demo.executor1");
        Instant interimAt = workingTimes.plusWorkingMinutes(org, m.getDetectedAt(), 240);
        answered(m, AnswerKind.INTERIM, interimAnswer, interimAt, "demo.executor1");
        answered(m, AnswerKind.FINAL, finalAnswer, workingTimes.plusWorkingMinutes(org, interimAt, 60 * 8 * 4),
                "demo.executor1");
    }

    private void noAnswer(String network, String author, int daysAgo, int hour, NoAnswerGround ground, String text) {
        Message m = registered(MessageKind.INCIDENT, network, null, author, day(daysAgo, hour), text);
        Instant at = at(m, 30);
        m.close(at, MessageStatus.NO_ANSWER, ground);
        alarms.arm(m);
        event(m, at, "demo.curator", EventType.CLOSED_NO_ANSWER, ground.name());
    }

    /** Triaged, sent to the head, an executor named: the usual path up to the executor's work. */
    private void working(Message m, String executor) {
        triage(m, at(m, 15));
        toHead(m, at(m, 40));
        assign(m, at(m, 70), executor);
    }

    private void triage(Message m, Instant at) {
        m.setStatus(MessageStatus.TRIAGED);
        event(m, at, "demo.operator", EventType.TRIAGED, m.getKind().name()
                + (m.getTopic() == null ? "" : ", " + m.getTopic().getName()));
    }

    private void toHead(Message m, Instant at) {
        m.setStatus(MessageStatus.AWAITING_HEAD);
        event(m, at, "demo.curator", EventType.SENT_TO_HEAD, null);
    }

    private void assign(Message m, Instant at, String executor) {
        StaffUser e = staff.get(executor);
        m.assign(e, false);
        m.setStatus(MessageStatus.IN_WORK);
        event(m, at, "demo.head", EventType.EXECUTOR_ASSIGNED, e.getFullName());
        em.flush();
        changed.fire(new MessageChanged(org, m.getId(), m.getKind(), m.getKind(), m.getStatus(),
                EventType.EXECUTOR_ASSIGNED));
    }

    private AnswerDraft draft(Message m, Instant at, AnswerKind kind, String text) {
        String executor = m.getExecutor().getLogin();
        int number = em.createNamedQuery(AnswerDraft.OF_MESSAGE, AnswerDraft.class).setParameter("message", m.getId())
                .getResultList().size() + 1;
        AnswerDraft d = new AnswerDraft(m.getId(), number, kind, text, executor, at);
        em.persist(d);
        em.flush();
        event(m, at, executor, EventType.DRAFT_SAVED, "v" + number + " " + kind.name());
        return d;
    }

    private void submit(Message m, AnswerDraft d, Instant at) {
        d.setStatus(DraftStatus.SUBMITTED);
        m.setStatus(MessageStatus.IN_REVIEW);
        event(m, at, m.getExecutor().getLogin(), EventType.DRAFT_SUBMITTED, "v" + d.getNumber());
    }

    private void reviewed(Message m, AnswerDraft d, Instant at, DraftStatus outcome, String comment) {
        d.reviewed(outcome, "demo.curator", at, comment);
        m.setStatus(outcome == DraftStatus.APPROVED ? MessageStatus.APPROVED : MessageStatus.IN_WORK);
        event(m, at, "demo.curator", outcome == DraftStatus.APPROVED ? EventType.DRAFT_APPROVED : EventType.DRAFT_RETURNED,
                "v" + d.getNumber() + (comment == null ? "" : ": " + comment));
    }

    /**
     * The executor drafts, the curator approves, the operator records the posting: as
     * {@code Messages.postAnswer} does, with the first-answer minutes counted in working time
     * (the reports' figures) and R1.9's final deadline after an interim answer.
     */
    private void answered(Message m, AnswerKind kind, String text, Instant postedAt, String executor) {
        if (postedAt.isAfter(now)) {
            postedAt = now.minus(Duration.ofMinutes(5));
        }
        long span = Math.max(4, Duration.between(m.getInterimAnsweredAt() != null ? m.getInterimAnsweredAt()
                : m.getDetectedAt(), postedAt).toMinutes());
        Instant drafted = postedAt.minus(Duration.ofMinutes(Math.min(90, span * 3 / 4)));
        AnswerDraft d = draft(m, drafted, kind, text);
        submit(m, d, drafted.plus(Duration.ofMinutes(Math.min(10, span / 8))));
        reviewed(m, d, postedAt.minus(Duration.ofMinutes(Math.min(20, span / 8))), DraftStatus.APPROVED, null);
        d.setStatus(DraftStatus.POSTED);
        String url = m.getUrl() == null ? null : m.getUrl() + "#answer-" + kind.name().toLowerCase();
        em.persist(new Answer(m.getId(), kind, d.getId(), text, postedAt, url, "demo.operator"));
        m.firstAnswered(postedAt, workingTimes.workingMinutesBetween(org, m.getDetectedAt(), postedAt));
        if (kind == AnswerKind.INTERIM) {
            m.interimAnswered(postedAt, workingTimes.finalDue(org, postedAt));
            m.setStatus(MessageStatus.IN_WORK);
            alarms.arm(m);
            event(m, postedAt, "demo.operator", EventType.INTERIM_POSTED, url);
        } else {
            m.close(postedAt, MessageStatus.CLOSED, null);
            alarms.arm(m);
            event(m, postedAt, "demo.operator", EventType.FINAL_POSTED, url);
        }
    }

    private void event(Message m, Instant at, String actor, EventType type, String details) {
        em.persist(new MessageEvent(m.getId(), at.isAfter(now) ? now : at, actor, type, details));
    }

    /** {@code minutes} working minutes after the message was detected (never after now). */
    private Instant at(Message m, long minutes) {
        Instant t = workingTimes.plusWorkingMinutes(org, m.getDetectedAt(), minutes);
        return t.isAfter(now) ? now : t;
    }

    /** {@code daysAgo} days before today at {@code hour}:00, moved back to a weekday. */
    private Instant day(int daysAgo, int hour) {
        LocalDate d = today.minusDays(daysAgo);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    // ---------------------------------------------------------------- official accounts (Appendix 2)

    private List<OfficialAccount> accounts() {
        StaffUser smm = staff.get("demo.smm");
        OfficialAccount vk = account("vk", "Администрация Берёзовского сельского поселения",
                "https://vk.example/berezovskoe_adm", EnumSet.allOf(DesignItem.class), AccountStatus.ACTIVE, smm);
        OfficialAccount ok = account("ok", "Берёзовское поселение — официально", "https://ok.example/berezovskoe",
                EnumSet.of(DesignItem.AVATAR, DesignItem.DESCRIPTION, DesignItem.CONTACTS), AccountStatus.ACTIVE, smm);
        OfficialAccount tg = account("telegram", "Берёзовское: новости администрации", "https://t.me/berezovskoe_demo",
                EnumSet.of(DesignItem.AVATAR, DesignItem.DESCRIPTION), AccountStatus.CREATING, smm);
        PolicyDocument rules = new PolicyDocument(org, now.minus(Duration.ofDays(30)), "demo.smm");
        rules.setTitle("Методические рекомендации по ведению госпабликов (демо)");
        rules.setLink("https://example.org/demo/recommendations.pdf");
        rules.setIssuedOn(today.minusMonths(3));
        rules.setNote("Пять публикаций в неделю, простой язык, ответы на комментарии в течение рабочего дня.");
        em.persist(rules);
        PolicyDocument style = new PolicyDocument(org, now.minus(Duration.ofDays(10)), "demo.smm");
        style.setTitle("Памятка по оформлению постов к праздникам (демо)");
        style.setIssuedOn(today.minusMonths(1));
        em.persist(style);
        return List.of(vk, ok, tg);
    }

    private OfficialAccount account(String network, String name, String link, Set<DesignItem> design,
                                    AccountStatus status, StaffUser responsible) {
        OfficialAccount a = new OfficialAccount(org, networks.get(network), name, now.minus(Duration.ofDays(60)));
        a.setLink(link);
        a.setPhone("+7 (000) 000-00-00");
        a.setDescription("Официальная страница администрации (демо-данные).");
        a.setDesign(design);
        a.setStatus(status);
        a.setResponsibleIds(Set.of(responsible.getId()));
        em.persist(a);
        return a;
    }

    /**
     * Three weeks of the content plan: the VK page meets the weekly target every week, the OK page
     * misses it (last week and this one), so the calendar shows both and the shortfall warning.
     */
    private void posts(List<OfficialAccount> accounts) {
        OfficialAccount vk = accounts.get(0);
        OfficialAccount ok = accounts.get(1);
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String[] texts = {
                "Глава поселения провёл приём граждан: обсудили ремонт дороги на Лесной и освещение Центральной.",
                "В субботу субботник у Дома культуры. Сбор в 10:00, перчатки и мешки выдадим.",
                "График вывоза мусора на следующую неделю: вторник и пятница, с 8 до 12.",
                "Напоминаем: до конца месяца можно подать заявление на компенсацию за дрова.",
                "Фоторепортаж: в клубе прошёл праздник для ветеранов. Спасибо всем, кто пришёл!",
                "Отключение электричества в четверг с 9 до 13 на Заречной улице: плановый ремонт линии.",
                "Открыта запись в кружки Дома культуры: рисование, хор, шахматы."};
        PostTopic[] topics = PostTopic.values();
        PostFormat[] formats = {PostFormat.TEXT, PostFormat.PHOTO, PostFormat.INFOGRAPHIC, PostFormat.TEXT,
                PostFormat.PHOTO, PostFormat.TEXT, PostFormat.POLL};
        int n = 0;
        for (int week = 2; week >= 1; week--) {
            LocalDate monday = thisMonday.minusWeeks(week);
            for (int d = 0; d < 5; d++) { // the VK page: five a week, published
                post(Set.of(vk.getId()), monday.plusDays(d), 10 + d % 3, texts[n % texts.length], topics[n % 3],
                        formats[n % formats.length], true);
                n++;
            }
            for (int d = 0; d < 2; d++) { // the OK page: two a week, short of five
                post(Set.of(ok.getId()), monday.plusDays(d * 2), 12, texts[n % texts.length], topics[n % 3],
                        formats[n % formats.length], true);
                n++;
            }
        }
        // this week: what went out already, what is planned, one in review, one draft
        for (int d = 0; d < 5; d++) {
            LocalDate day = thisMonday.plusDays(d);
            Instant when = day.atTime(11, 0).atZone(ZONE).toInstant();
            Post p = post(Set.of(vk.getId()), day, 11, texts[n % texts.length], topics[n % 3],
                    formats[n % formats.length], when.isBefore(now));
            if (!when.isBefore(now) && d % 2 == 0) {
                p.submitted(now.minus(Duration.ofHours(2)), "demo.smm");
            } else if (!when.isBefore(now)) {
                p.submitted(now.minus(Duration.ofHours(3)), "demo.smm");
                p.approved(now.minus(Duration.ofHours(1)), "demo.curator");
            }
            n++;
        }
        post(Set.of(ok.getId(), vk.getId()), thisMonday.plusDays(3), 15,
                "Черновик: итоги месяца в цифрах — сколько обращений, что сделано.", PostTopic.ADMINISTRATION_WORK,
                PostFormat.INFOGRAPHIC, false);
        Post cancelled = post(Set.of(ok.getId()), thisMonday.plusDays(1), 16,
                "Отменено: концерт перенесён, новая дата позже.", PostTopic.SOCIAL_INFO, PostFormat.TEXT, false);
        cancelled.cancelled(now.minus(Duration.ofDays(1)), "demo.smm");
        // the weekly check's warning about the OK page's week, as the application gives it (R2.4)
        shortfalls.fire(new WeekFallsShort(org, ok.getId(), ok.getName(), ok.getResponsibleIds(), thisMonday, 1, 0, 5));
    }

    private Post post(Set<Long> accounts, LocalDate day, int hour, String text, PostTopic topic, PostFormat format,
                      boolean published) {
        Instant planned = day.atTime(hour, 0).atZone(ZONE).toInstant();
        Post p = new Post(org, planned.minus(Duration.ofDays(3)).isBefore(now) ? planned.minus(Duration.ofDays(3)) : now,
                "demo.smm");
        p.setAccountIds(accounts);
        p.setPlannedAt(planned);
        p.setTopic(topic);
        p.setFormat(format);
        p.setText(text);
        if (published) {
            p.submitted(planned.minus(Duration.ofDays(2)), "demo.smm");
            p.approved(planned.minus(Duration.ofDays(1)), "demo.curator");
            p.published(planned.plus(Duration.ofMinutes(5)), "demo.smm",
                    "https://vk.example/berezovskoe_adm?w=wall-" + Math.abs(text.hashCode()) + "_" + day.getDayOfYear());
        }
        em.persist(p);
        return p;
    }

    // ---------------------------------------------------------------- moderation (R2.9)

    private void moderation(List<OfficialAccount> accounts) {
        OfficialAccount vk = accounts.get(0);
        OfficialAccount ok = accounts.get(1);
        List<Comment> all = new ArrayList<>();
        all.add(comment(vk, "id1001", "Марина Лосева", 9, "Спасибо за субботник, очень чисто стало у клуба!"));
        all.add(comment(vk, "id1002", "Павел Ушаков", 8, "А когда отсыплют Полевую? Обещали ещё летом."));
        Comment spam = comment(vk, "id6666", "Быстрые займы", 7,
                "Займы без отказа и проверок! Переходи по ссылке, деньги за 5 минут, пиши в личку.");
        all.add(spam);
        Comment rude = comment(ok, "id6667", "Злой сосед", 6, "Вы там все идиоты и бездельники, ничего не делаете.");
        all.add(rude);
        all.add(comment(ok, "id1003", "Анна Котова", 5, "Подскажите, во сколько завтра приём у главы?"));
        all.add(comment(vk, "id1004", "Игорь Титов", 3, "Фонари на Центральной снова не горят."));
        // decided: kept and deleted with a reason (the text is kept for the record)
        all.get(0).keep("demo.moderator", now.minus(Duration.ofDays(8)));
        all.get(1).keep("demo.moderator", now.minus(Duration.ofDays(7)));
        spam.delete(DeleteReason.SPAM, "Реклама займов", "demo.moderator", now.minus(Duration.ofDays(6)));
        em.flush();
        // the blacklist: the spammer for a month, a banned-for-good author, a ban that ended, one lifted early
        Network vkNet = vk.getNetwork();
        em.persist(new Blacklisting(org, vkNet, null, "id6666", "Быстрые займы", BanReason.SPAM, BanTerm.MONTH,
                now.minus(Duration.ofDays(6)), now.plus(Duration.ofDays(24)), "Рассылает рекламу займов",
                "demo.moderator", now.minus(Duration.ofDays(6)), spam.getId()));
        em.persist(new Blacklisting(org, ok.getNetwork(), ok, "id6668", "Тролль-2000", BanReason.OBSCENE_LANGUAGE,
                BanTerm.FOREVER, now.minus(Duration.ofDays(12)), null, "Мат в каждом комментарии", "demo.moderator",
                now.minus(Duration.ofDays(12)), null));
        Blacklisting ended = new Blacklisting(org, vkNet, vk, "id5555", "Спорщик", BanReason.OFF_TOPIC, BanTerm.DAY,
                now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(9)), "Флуд в обсуждении дороги",
                "demo.moderator", now.minus(Duration.ofDays(10)), null);
        ended.expire();
        em.persist(ended);
        Blacklisting lifted = new Blacklisting(org, vkNet, vk, "id4444", "Николай Н.", BanReason.INSULTING_MEMBERS,
                BanTerm.WEEK, now.minus(Duration.ofDays(4)), now.plus(Duration.ofDays(3)), "Грубил соседям",
                "demo.moderator", now.minus(Duration.ofDays(4)), null);
        lifted.remove("demo.curator", now.minus(Duration.ofDays(2)), "Извинился, обещал вести себя корректно");
        em.persist(lifted);
        em.flush();
        // awaiting moderation now: the abuse detection flags what it finds; a banned author is marked
        comment(ok, "id1005", "Елена Смирнова", 1, "Когда будет вывоз веток после покоса?");
        comment(vk, "id6666", "Быстрые займы", 0, "Снова займы без отказа! Переходи по ссылке, пиши в личку.");
        comment(ok, "id6669", "Аноним", 0, "Если не починят дорогу, подожгу вашу администрацию.");
        comment(vk, "id1006", "Сергей Власов", 0, "Спасибо за оперативный ремонт моста!");
    }

    /** A comment through the application's registrar: abuse flags and the banned-author mark as at intake. */
    private Comment comment(OfficialAccount account, String authorId, String authorName, int daysAgo, String text) {
        NewComment in = new NewComment(account.getId(), authorId, authorName, text,
                now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(30 + 7L * (++serial % 50))));
        in.setExternalId("demo-c" + serial);
        in.setUrl(account.getLink() + "?reply=demo-" + serial);
        return comments.register(org, in, "demo.moderator").comment();
    }
}
