package ru.otklik.content.boundary;

import ru.otklik.content.entity.PostFormat;
import ru.otklik.content.entity.PostStatus;
import ru.otklik.content.entity.PostTopic;

import java.time.LocalDate;

/** The list view's filters; every part optional. Days are in the organisation's zone, inclusive. */
public record PostFilter(Long accountId, PostStatus status, PostFormat format, PostTopic topic, LocalDate from,
                         LocalDate to, String text) {

    public static PostFilter all() {
        return new PostFilter(null, null, null, null, null, null, null);
    }
}
