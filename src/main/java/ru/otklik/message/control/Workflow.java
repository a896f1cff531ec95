package ru.otklik.message.control;

import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.security.entity.Role;

import java.util.EnumSet;
import java.util.Set;

import static ru.otklik.message.entity.MessageStatus.APPROVED;
import static ru.otklik.message.entity.MessageStatus.AWAITING_HEAD;
import static ru.otklik.message.entity.MessageStatus.IN_REVIEW;
import static ru.otklik.message.entity.MessageStatus.IN_WORK;
import static ru.otklik.message.entity.MessageStatus.REGISTERED;
import static ru.otklik.message.entity.MessageStatus.TRIAGED;

/**
 * The procedure of Appendix 1 as rules: which actions a person may take on a message, given
 * their roles, whether they are its executor, the message's status and the organisation's
 * setting "the curator may assign on the head's behalf". The boundary refuses anything else,
 * so a forbidden step is refused even if a screen offered it. Pure: tested without a server.
 *
 * <pre>
 * REGISTERED -classify-> TRIAGED -send to head (curator)-> AWAITING_HEAD -assign (head)-> IN_WORK
 * IN_WORK -submit (executor)-> IN_REVIEW -approve (curator)-> APPROVED -post (operator)-> CLOSED
 *                                        -return (curator)-> IN_WORK
 * an approved interim answer, once posted, -> IN_WORK again with the final term (R1.8, R1.9)
 * any open status -close, R1.11 (operator, curator)-> NO_ANSWER
 * </pre>
 */
public final class Workflow {

    private Workflow() {
    }

    /** Everything this person may do now. */
    public static Set<Action> allowed(MessageStatus status, Set<Role> roles, boolean isExecutor,
                                      boolean curatorMayAssign) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        if (!status.isOpen()) {
            return actions;
        }
        boolean staff = roles.contains(Role.OPERATOR) || roles.contains(Role.CURATOR);
        boolean curator = roles.contains(Role.CURATOR);
        if (staff) {
            actions.add(Action.CLASSIFY);
            actions.add(Action.CLOSE_NO_ANSWER);
        }
        if (curator && status == TRIAGED) {
            actions.add(Action.SEND_TO_HEAD);
        }
        if ((status == AWAITING_HEAD || status == IN_WORK)
                && (roles.contains(Role.HEAD) || (curator && curatorMayAssign))) {
            actions.add(Action.ASSIGN_EXECUTOR);
        }
        if (status == IN_WORK && isExecutor && roles.contains(Role.EXECUTOR)) {
            actions.add(Action.SAVE_DRAFT);
            actions.add(Action.SUBMIT_DRAFT);
        }
        if (status == IN_REVIEW && curator) {
            actions.add(Action.APPROVE_DRAFT);
            actions.add(Action.RETURN_DRAFT);
        }
        if (status == APPROVED && staff) {
            actions.add(Action.POST_ANSWER);
        }
        return actions;
    }

    /** Refuses the action unless {@link #allowed} contains it, naming the action and the status. */
    public static void require(Action action, MessageStatus status, Set<Role> roles, boolean isExecutor,
                               boolean curatorMayAssign) {
        if (!allowed(status, roles, isExecutor, curatorMayAssign).contains(action)) {
            throw new RequestRefused("error.workflow.forbidden", action.name(), status.name());
        }
    }

    /** The status after classifying: a registered message becomes triaged, others keep theirs. */
    public static MessageStatus afterClassify(MessageStatus status) {
        return status == REGISTERED ? TRIAGED : status;
    }

    /**
     * The single most useful next action for this person, for the message page's primary button;
     * {@code null} when they have nothing to do.
     */
    public static Action primary(Set<Action> allowed, MessageStatus status) {
        for (Action a : new Action[]{Action.SEND_TO_HEAD, Action.ASSIGN_EXECUTOR, Action.SUBMIT_DRAFT,
                Action.APPROVE_DRAFT, Action.POST_ANSWER}) {
            if (allowed.contains(a)) {
                return a;
            }
        }
        if (status == REGISTERED && allowed.contains(Action.CLASSIFY)) {
            return Action.CLASSIFY;
        }
        return allowed.contains(Action.SAVE_DRAFT) ? Action.SAVE_DRAFT : null;
    }
}
