package ru.otklik.message.boundary;

import ru.otklik.message.control.Action;
import ru.otklik.message.entity.Answer;
import ru.otklik.message.entity.AnswerDraft;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageEvent;

import java.util.List;
import java.util.Set;

/**
 * Everything the message page shows: the message, its timeline, every draft version, the posted
 * answers, what the caller may do now and the one action that moves the work on.
 */
public record MessageDetails(Message message, List<MessageEvent> timeline, List<AnswerDraft> drafts,
                             List<Answer> answers, Set<Action> allowed, Action primary, List<Message> sameLink) {

    /** The newest draft version, or {@code null}. */
    public AnswerDraft latestDraft() {
        return drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    }
}
