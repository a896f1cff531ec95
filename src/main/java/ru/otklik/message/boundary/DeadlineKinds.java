package ru.otklik.message.boundary;

import ru.otklik.message.entity.MessageKind;
import ru.otklik.worktime.entity.DeadlineKind;

/** Which term of the decree applies to which kind of message (R1.6, R1.7). */
final class DeadlineKinds {

    private DeadlineKinds() {
    }

    static DeadlineKind of(MessageKind kind) {
        return switch (kind) {
            case INCIDENT -> DeadlineKind.INCIDENT;
            case HIGH_IMPORTANCE -> DeadlineKind.HIGH_IMPORTANCE;
            case PUBLICATION -> DeadlineKind.PUBLICATION;
        };
    }
}
