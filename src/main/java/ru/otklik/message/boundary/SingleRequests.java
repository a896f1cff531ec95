package ru.otklik.message.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.otklik.base.control.GroupCommit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single {@code POST /api/v1/messages} requests arriving at the same moment are registered together,
 * in one transaction, the way a batch is ({@link MessageIntake#registerBatch}): monitoring software
 * sends messages one by one from several threads, and one transaction per message (its commit, the
 * lookups of networks, topics and known ids, the container's transaction machinery) cost more than
 * the message itself (bench/messages.sh). A request alone is registered alone, without waiting; the
 * groups grow only with the load ({@link GroupCommit}).
 * <p>
 * The answers are those of a request on its own: an invalid message, or one whose group could not be
 * stored, is registered again alone ({@link MessageIntake#register}), which refuses it with the
 * usual error, or stores it. Nothing of a failed group was written (its transaction rolled back), so
 * the retry neither loses nor duplicates a message. Called from the REST resource only, under its
 * run-as role; the access is checked by {@link MessageIntake}.
 */
@ApplicationScoped
class SingleRequests {

    /** More requests than this never wait at once here (WildFly's worker threads); a cap, not a goal. */
    static final int MAX_GROUP = 100;
    /**
     * Groups registered at once. With one, the requests waited in turn for each group's commit and
     * the cores idled (bench/messages.sh: a third of 2 cores idle); with two, one group gathers or
     * runs while the other commits. Three and four were slower (fewer requests per group).
     */
    static final int LEADERS = 2;

    @Inject
    MessageIntake intake;

    private final GroupCommit<Request, Registration> groups = new GroupCommit<>(LEADERS, MAX_GROUP, this::registerGroup);

    record Request(ApiCaller caller, NewMessage message) {
    }

    /** As {@link MessageIntake#register}, in a transaction shared with the requests of the same moment. */
    Registration register(ApiCaller caller, NewMessage message) {
        Registration grouped;
        try {
            grouped = groups.submit(new Request(caller, message));
        } catch (GroupCommit.GroupFailed failed) {
            grouped = null;
        }
        return grouped != null ? grouped : intake.register(caller, message);
    }

    /** One transaction per caller (a token belongs to one organisation); null where the request must go alone. */
    private List<Registration> registerGroup(List<Request> group) {
        Registration[] answers = new Registration[group.size()];
        Map<ApiCaller, List<Integer>> byCaller = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            byCaller.computeIfAbsent(group.get(i).caller(), c -> new ArrayList<>()).add(i);
        }
        byCaller.forEach((caller, indexes) -> {
            List<NewMessage> messages = indexes.stream().map(i -> group.get(i).message()).toList();
            List<MessageIntake.ItemResult> results;
            try {
                results = intake.registerBatch(caller, messages);
            } catch (RuntimeException rolledBack) {
                return; // each request of this caller again on its own, answered as it would have been alone
            }
            for (int k = 0; k < indexes.size(); k++) {
                MessageIntake.ItemResult r = results.get(k);
                answers[indexes.get(k)] = r.valid() ? new Registration(r.message(), r.created()) : null;
            }
        });
        return Arrays.asList(answers);
    }
}
