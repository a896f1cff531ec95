package ru.otklik.moderation.boundary;

import ru.otklik.message.entity.Network;

import java.time.Instant;

/** An author with deleted comments or bans: how many of each, and when the latest was. */
public record RepeatOffender(Network network, String authorId, String authorName, long deletedComments, long bans,
                             Instant lastAt) {

    public long total() {
        return deletedComments + bans;
    }

    public String label() {
        return authorName == null || authorName.isBlank() ? authorId : authorName;
    }
}
