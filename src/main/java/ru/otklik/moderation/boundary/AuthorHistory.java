package ru.otklik.moderation.boundary;

import ru.otklik.message.entity.Network;
import ru.otklik.moderation.entity.Blacklisting;
import ru.otklik.moderation.entity.Comment;
import ru.otklik.moderation.entity.CommentState;

import java.util.List;

/** Everything about one author in the organisation's accounts: earlier comments with their decisions, and bans. */
public record AuthorHistory(Network network, String authorId, String authorName, List<Comment> comments,
                            List<Blacklisting> bans, boolean bannedNow) {

    public long deleted() {
        return comments.stream().filter(c -> c.getState() == CommentState.DELETED).count();
    }

    public String label() {
        return authorName == null ? authorId : authorName;
    }
}
