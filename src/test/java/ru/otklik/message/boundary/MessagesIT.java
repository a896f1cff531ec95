package ru.otklik.message.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.entity.AnswerDraft;
import ru.otklik.message.entity.AnswerKind;
import ru.otklik.message.entity.DraftStatus;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageEvent;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.message.entity.NoAnswerGround;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.boundary.Staff;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.Unique;
import ru.otklik.worktime.boundary.WorkingCalendars;
import ru.otklik.worktime.boundary.WorkingTimes;
import ru.otklik.worktime.entity.DayKind;
import ru.otklik.worktime.entity.DeadlineKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The procedure of Appendix 1 on the real server: every step by the role the decree gives it,
 * forbidden steps refused by the boundary (by role and by state), drafts kept (R1.12),
 * deadlines from the working-time engine (R1.6-R1.9), R1.11's no answer, optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
class MessagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(MessagesIT.class);
    }

    @EJB
    Messages messages;

    @EJB
    Staff staff;

    @EJB
    WorkingTimes workingTimes;

    @EJB
    WorkingCalendars calendars;

    @EJB
    Organisations organisations;

    private static Team shared;
    Team team;

    @BeforeEach
    void team() throws Exception {
        if (shared == null) {
            shared = Team.create(staff); // one team for the class: bcrypt makes users expensive on purpose
        }
        team = shared;
    }

    private NewMessage incoming(MessageKind kind, Instant detectedAt) {
        NewMessage m = new NewMessage();
        m.setKind(kind);
        m.setNetwork("vk");
        m.setTopic("roads");
        m.setUrl("https://vk.com/wall-1_" + Unique.login("p"));
        m.setAuthorName("Житель");
        m.setText("Когда отремонтируют дорогу на улице Ленина? <script>alert(1)</script>");
        m.setDetectedAt(detectedAt);
        return m;
    }

    private Message register(MessageKind kind, Instant detectedAt) throws Exception {
        return team.operator().call(() -> messages.register(incoming(kind, detectedAt)).message());
    }

    private long org() throws Exception {
        return team.curator().call(() -> organisations.current().getId());
    }

    private Message fresh(long id) throws Exception {
        return team.curator().call(() -> messages.details(id).message());
    }

    @Test
    void registeringComputesTheTermInWorkingTime_R1_6_R1_7() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Message incident = register(MessageKind.INCIDENT, now);
        Message urgent = register(MessageKind.HIGH_IMPORTANCE, now);

        assertThat(incident.getStatus()).isEqualTo(MessageStatus.REGISTERED);
        assertThat(incident.getDueAt()).isEqualTo(workingTimes.due(org(), DeadlineKind.INCIDENT, now));
        assertThat(workingTimes.workingMinutesBetween(org(), now, incident.getDueAt())).isEqualTo(480);
        assertThat(workingTimes.workingMinutesBetween(org(), now, urgent.getDueAt())).isEqualTo(240);
        List<MessageEvent> timeline = team.curator().call(() -> messages.details(incident.getId()).timeline());
        assertThat(timeline).extracting(MessageEvent::getType).containsExactly(EventType.REGISTERED);
        assertThat(timeline.get(0).getActor()).isEqualTo(team.operator().login());
        assertThat(fresh(incident.getId()).getText()).contains("<script>"); // stored as written, shown as text
    }

    @Test
    void onlyOperatorAndCuratorRegister() throws Exception {
        NewMessage m = incoming(MessageKind.INCIDENT, Instant.now());
        assertThatThrownBy(() -> team.executor().call(() -> messages.register(m))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> team.head().call(() -> messages.register(m))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theWholePathFromRegistrationToThePostedAnswerWithEveryVersionKept_R1_12() throws Exception {
        Message m = register(MessageKind.INCIDENT, Instant.now().minus(10, ChronoUnit.MINUTES));
        long id = m.getId();

        m = team.operator().call(() -> messages.classify(id, fresh(id).getVersion(), MessageKind.INCIDENT, null));
        assertThat(m.getStatus()).isEqualTo(MessageStatus.TRIAGED);
        long v1 = m.getVersion();
        assertThatThrownBy(() -> team.operator().call(() -> messages.sendToHead(id, v1)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> team.head().call(() -> messages.assignExecutor(id, v1, team.executor().id())))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).key())
                .isEqualTo("error.workflow.forbidden");

        m = team.curator().call(() -> messages.sendToHead(id, v1));
        assertThat(m.getStatus()).isEqualTo(MessageStatus.AWAITING_HEAD);
        long v2 = m.getVersion();
        assertThatThrownBy(() -> team.curator().call(() -> messages.assignExecutor(id, v2, team.executor().id())))
                .isInstanceOf(RequestRefused.class);

        m = team.head().call(() -> messages.assignExecutor(id, v2, team.executor().id()));
        assertThat(m.getStatus()).isEqualTo(MessageStatus.IN_WORK);
        assertThat(m.isAssignedOnBehalf()).isFalse();

        assertThatThrownBy(() -> team.otherExecutor().call(() -> messages.details(id)))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).key()).isEqualTo("error.not-found");
        assertThatThrownBy(() -> team.otherExecutor().call(() -> messages.saveDraft(id, fresh(id).getVersion(),
                AnswerKind.FINAL, "Чужой ответ"))).isInstanceOf(RequestRefused.class);

        team.executor().call(() -> messages.saveDraft(id, fresh(id).getVersion(), AnswerKind.FINAL, "Первая версия"));
        team.executor().call(() -> messages.saveDraft(id, fresh(id).getVersion(), AnswerKind.FINAL, "Вторая версия"));
        m = team.executor().call(() -> messages.submitDraft(id, fresh(id).getVersion()));
        assertThat(m.getStatus()).isEqualTo(MessageStatus.IN_REVIEW);
        assertThatThrownBy(() -> team.executor().call(() -> messages.saveDraft(id, fresh(id).getVersion(),
                AnswerKind.FINAL, "Правка во время согласования"))).isInstanceOf(RequestRefused.class);
        assertThatThrownBy(() -> team.operator().call(() -> messages.postAnswer(id, fresh(id).getVersion(),
                Instant.now(), null))).isInstanceOf(RequestRefused.class);

        m = team.curator().call(() -> messages.returnDraft(id, fresh(id).getVersion(), "Добавьте сроки ремонта"));
        assertThat(m.getStatus()).isEqualTo(MessageStatus.IN_WORK);
        team.executor().call(() -> messages.saveDraft(id, fresh(id).getVersion(), AnswerKind.FINAL,
                "Третья версия: отремонтируем до 15 июня"));
        team.executor().call(() -> messages.submitDraft(id, fresh(id).getVersion()));
        m = team.curator().call(() -> messages.approveDraft(id, fresh(id).getVersion()));
        assertThat(m.getStatus()).isEqualTo(MessageStatus.APPROVED);
        Instant posted = Instant.now().minusSeconds(30);
        m = team.operator().call(() -> messages.postAnswer(id, fresh(id).getVersion(), posted,
                "https://vk.com/wall-1_100?reply=5"));
        assertThat(m.getStatus()).isEqualTo(MessageStatus.CLOSED);
        assertThat(m.getClosedAt()).isEqualTo(posted);

        MessageDetails details = team.curator().call(() -> messages.details(id));
        assertThat(details.drafts()).extracting(AnswerDraft::getNumber, AnswerDraft::getStatus).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, DraftStatus.DRAFT),
                org.assertj.core.groups.Tuple.tuple(2, DraftStatus.RETURNED),
                org.assertj.core.groups.Tuple.tuple(3, DraftStatus.POSTED));
        assertThat(details.drafts().get(1).getReviewComment()).isEqualTo("Добавьте сроки ремонта");
        assertThat(details.drafts().get(2).getReviewer()).isEqualTo(team.curator().login());
        assertThat(details.answers()).singleElement().satisfies(a -> assertThat(a.getText()).contains("15 июня"));
        assertThat(details.timeline()).extracting(MessageEvent::getType).containsExactly(EventType.REGISTERED,
                EventType.TRIAGED, EventType.SENT_TO_HEAD, EventType.EXECUTOR_ASSIGNED, EventType.DRAFT_SAVED,
                EventType.DRAFT_SAVED, EventType.DRAFT_SUBMITTED, EventType.DRAFT_RETURNED, EventType.DRAFT_SAVED,
                EventType.DRAFT_SUBMITTED, EventType.DRAFT_APPROVED, EventType.FINAL_POSTED);
        assertThat(details.allowed()).isEmpty();
        assertThatThrownBy(() -> team.operator().call(() -> messages.classify(id, fresh(id).getVersion(),
                MessageKind.INCIDENT, null))).isInstanceOf(RequestRefused.class);
    }

    @Test
    void anInterimAnswerMovesTheTermToTheEndOfThe7thWorkingDay_R1_8_R1_9() throws Exception {
        long id = toExecutor(register(MessageKind.HIGH_IMPORTANCE, Instant.now().minus(10, ChronoUnit.MINUTES)).getId());
        team.executor().call(() -> messages.saveDraft(id, fresh(id).getVersion(), AnswerKind.INTERIM,
                "Разбираемся, ответим в течение 7 рабочих дней"));
        team.executor().call(() -> messages.submitDraft(id, fresh(id).getVersion()));
        team.curator().call(() -> messages.approveDraft(id, fresh(id).getVersion()));
        Instant posted = Instant.now().minusSeconds(5);
        Message m = team.operator().call(() -> messages.postAnswer(id, fresh(id).getVersion(), posted, null));

        assertThat(m.getStatus()).isEqualTo(MessageStatus.IN_WORK);
        assertThat(m.getInterimAnsweredAt()).isEqualTo(posted);
        assertThat(m.getFinalDueAt()).isEqualTo(workingTimes.due(org(), DeadlineKind.FINAL_AFTER_INTERIM, posted));
        assertThat(m.currentDueAt()).isEqualTo(m.getFinalDueAt());
        assertThatThrownBy(() -> team.executor().call(() -> messages.saveDraft(id, fresh(id).getVersion(),
                AnswerKind.INTERIM, "Ещё один промежуточный"))).isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("error.interim.already");
    }

    @Test
    void anInterimAnswerAfterTheDeadlineIsRefused_R1_8() throws Exception {
        Instant longAgo = Instant.now().minus(20, ChronoUnit.DAYS);
        long id = toExecutor(register(MessageKind.INCIDENT, longAgo).getId());
        assertThat(fresh(id).isOverdue(Instant.now())).isTrue();
        team.executor().call(() -> messages.saveDraft(id, fresh(id).getVersion(), AnswerKind.INTERIM, "Поздно"));
        team.executor().call(() -> messages.submitDraft(id, fresh(id).getVersion()));
        team.curator().call(() -> messages.approveDraft(id, fresh(id).getVersion()));
        assertThatThrownBy(() -> team.operator().call(() -> messages.postAnswer(id, fresh(id).getVersion(),
                Instant.now(), null))).isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("error.interim.after-deadline");
        assertThat(fresh(id).getStatus()).isEqualTo(MessageStatus.APPROVED);
    }

    @Test
    void noAnswerIsGivenToThreatsAndTheGroundIsRecorded_R1_11() throws Exception {
        long id = register(MessageKind.INCIDENT, Instant.now()).getId();
        Message m = team.operator().call(() -> messages.closeNoAnswer(id, fresh(id).getVersion(),
                NoAnswerGround.THREAT_TO_OFFICIAL, "угроза главе"));
        assertThat(m.getStatus()).isEqualTo(MessageStatus.NO_ANSWER);
        assertThat(m.getNoAnswerGround()).isEqualTo(NoAnswerGround.THREAT_TO_OFFICIAL);
        assertThat(m.getClosedAt()).isNotNull();
        assertThatThrownBy(() -> team.curator().call(() -> messages.sendToHead(id, fresh(id).getVersion())))
                .isInstanceOf(RequestRefused.class);
        assertThatThrownBy(() -> team.executor().call(() -> messages.closeNoAnswer(id, fresh(id).getVersion(),
                NoAnswerGround.INSULT, null))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void twoPeopleChangingOneMessageGetAConflictNotAnOverwrite() throws Exception {
        long id = register(MessageKind.INCIDENT, Instant.now()).getId();
        long seen = fresh(id).getVersion();
        team.operator().call(() -> messages.classify(id, seen, MessageKind.HIGH_IMPORTANCE, null));
        assertThatThrownBy(() -> team.curator().call(() -> messages.classify(id, seen, MessageKind.PUBLICATION, null)))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(fresh(id).getKind()).isEqualTo(MessageKind.HIGH_IMPORTANCE);
    }

    @Test
    void reclassifyingChangesTheTermAndTheCuratorMayAssignWhereAllowed() throws Exception {
        Instant now = Instant.now();
        long id = register(MessageKind.INCIDENT, now).getId();
        Message urgent = team.operator().call(() -> messages.classify(id, fresh(id).getVersion(),
                MessageKind.HIGH_IMPORTANCE, null));
        assertThat(workingTimes.workingMinutesBetween(org(), now, urgent.getDueAt())).isEqualTo(240);

        team.curator().call(() -> messages.sendToHead(id, fresh(id).getVersion()));
        Organisation o = As.admin(() -> organisations.current());
        o.setCuratorMayAssign(true);
        As.admin(() -> organisations.save(o));
        try {
            Message m = team.curator().call(() -> messages.assignExecutor(id, fresh(id).getVersion(),
                    team.executor().id()));
            assertThat(m.isAssignedOnBehalf()).isTrue();
            assertThat(team.curator().call(() -> messages.details(id)).timeline()).last()
                    .satisfies(e -> assertThat(e.getDetails()).contains("on behalf of the head"));
        } finally {
            Organisation back = As.admin(() -> organisations.current());
            back.setCuratorMayAssign(false);
            As.admin(() -> organisations.save(back));
        }
        assertThatThrownBy(() -> team.head().call(() -> messages.assignExecutor(id, fresh(id).getVersion(),
                team.operator().id()))).isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).parameter()).isEqualTo("executor");
    }

    @Test
    void changingTheCalendarRecomputesOpenDeadlines() throws Exception {
        Instant now = Instant.now();
        long id = register(MessageKind.INCIDENT, now).getId();
        Instant due = fresh(id).getDueAt();
        LocalDate dueDay = LocalDate.ofInstant(due, ZoneId.of("Europe/Moscow"));
        As.admin(() -> {
            calendars.changeDay(dueDay, DayKind.DAY_OFF, "Проверка пересчёта");
            return null;
        });
        try {
            Message moved = fresh(id);
            assertThat(moved.getDueAt()).isAfter(due);
            assertThat(workingTimes.workingMinutesBetween(org(), now, moved.getDueAt())).isEqualTo(480);
            assertThat(team.curator().call(() -> messages.details(id)).timeline())
                    .extracting(MessageEvent::getType).contains(EventType.DEADLINE_RECOMPUTED);
        } finally {
            As.admin(() -> {
                calendars.changeDay(dueDay, null, null);
                return null;
            });
        }
        assertThat(fresh(id).getDueAt()).isEqualTo(due);
    }

    @Test
    void theGridPagesFilterAndSortOnEveryColumnAndExecutorsSeeOnlyTheirOwn() throws Exception {
        Instant now = Instant.now();
        long urgent = register(MessageKind.HIGH_IMPORTANCE, now.minus(1, ChronoUnit.MINUTES)).getId();
        long ordinary = register(MessageKind.INCIDENT, now.minus(2, ChronoUnit.MINUTES)).getId();
        MessageFilter open = MessageFilter.all().withOpenOnly(true);
        List<Message> page = team.curator().call(() -> messages.page(open, List.of(), 0, 500));
        assertThat(page).extracting(Message::currentDueAt).isSorted();
        for (MessageSort.Property p : MessageSort.Property.values()) {
            List<MessageSort> sort = List.of(new MessageSort(p, true), new MessageSort(MessageSort.Property.ID, false));
            // the page's ids come first, then their rows (a deferred join): consecutive pages are the
            // long page cut in pieces, in the same order, nothing lost or repeated
            List<Long> whole = team.curator().call(() -> messages.page(open, sort, 0, 30)).stream().map(Message::getId).toList();
            assertThat(whole).isNotEmpty().doesNotHaveDuplicates();
            List<Long> pieces = new java.util.ArrayList<>();
            for (int offset = 0; offset < 30; offset += 7) {
                int from = offset;
                team.curator().call(() -> messages.page(open, sort, from, Math.min(7, 30 - from))).forEach(m -> pieces.add(m.getId()));
            }
            assertThat(pieces).as(p.name()).isEqualTo(whole);
        }
        assertThat(team.curator().call(() -> messages.countUpTo(open)))
                .isEqualTo(team.curator().call(() -> messages.count(open)));
        MessageFilter urgentOnly = new MessageFilter("№" + urgent, null, java.util.Set.of(MessageKind.HIGH_IMPORTANCE),
                null, null, null, null, null, false, false, true);
        assertThat(team.curator().call(() -> messages.page(urgentOnly, List.of(), 0, 10))).extracting(Message::getId)
                .containsExactly(urgent);
        assertThat(team.curator().call(() -> messages.count(urgentOnly))).isEqualTo(1);
        assertThat(team.curator().call(() -> messages.viewCounts())).containsKey("overdue").containsKey("dueToday");

        toExecutor(ordinary);
        List<Message> mine = team.executor().call(() -> messages.page(MessageFilter.all(), List.of(), 0, 500));
        assertThat(mine).extracting(Message::getId).contains(ordinary).doesNotContain(urgent);
        assertThat(mine).allSatisfy(m -> assertThat(m.getExecutor().getLogin()).isEqualTo(team.executor().login()));
        assertThat(team.otherExecutor().call(() -> messages.page(MessageFilter.all(), List.of(), 0, 500)))
                .extracting(Message::getId).doesNotContain(ordinary);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingSaved() throws Exception {
        long before = team.curator().call(() -> messages.count(MessageFilter.all()));
        NewMessage unknownNetwork = incoming(MessageKind.INCIDENT, Instant.now());
        unknownNetwork.setNetwork("myspace");
        NewMessage restricted = incoming(MessageKind.INCIDENT, Instant.now());
        restricted.setNetwork("facebook");
        NewMessage script = incoming(MessageKind.INCIDENT, Instant.now());
        script.setUrl("javascript:alert(1)");
        NewMessage future = incoming(MessageKind.INCIDENT, Instant.now().plus(1, ChronoUnit.DAYS));
        NewMessage huge = incoming(MessageKind.INCIDENT, Instant.now());
        huge.setText("ы".repeat(40_000));
        assertParameter(unknownNetwork, "network");
        assertParameter(restricted, "network");
        assertParameter(script, "url");
        assertParameter(future, "detectedAt");
        assertParameter(huge, "text");
        assertThat(team.curator().call(() -> messages.count(MessageFilter.all()))).isEqualTo(before);
    }

    private void assertParameter(NewMessage m, String parameter) {
        assertThatThrownBy(() -> team.operator().call(() -> messages.register(m)))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).parameter()).isEqualTo(parameter);
    }

    private long toExecutor(long id) throws Exception {
        team.operator().call(() -> messages.classify(id, fresh(id).getVersion(), fresh(id).getKind(), null));
        team.curator().call(() -> messages.sendToHead(id, fresh(id).getVersion()));
        team.head().call(() -> messages.assignExecutor(id, fresh(id).getVersion(), team.executor().id()));
        return id;
    }
}
