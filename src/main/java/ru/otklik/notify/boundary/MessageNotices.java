package ru.otklik.notify.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.MessageChanged;

/**
 * Passes to the {@link Notifier} only the message changes somebody must hear of: a message that
 * became a high-importance incident (R1.14) and an executor named (R1.6). Every other change (a
 * batch of 1,000 ordinary registrations, a draft saved) costs no call into the Notifier, whose
 * every call is a transactional, secured EJB invocation.
 */
@ApplicationScoped
public class MessageNotices {

    @Inject
    Notifier notifier;

    void changed(@Observes MessageChanged change) {
        if (change.becameHighImportance() || change.what() == EventType.EXECUTOR_ASSIGNED) {
            notifier.onMessageChanged(change);
        }
    }
}
