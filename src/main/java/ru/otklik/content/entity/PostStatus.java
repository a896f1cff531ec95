package ru.otklik.content.entity;

/** A post's way: draft, review, approved, published (with its link) or cancelled. */
public enum PostStatus {
    DRAFT, REVIEW, APPROVED, PUBLISHED, CANCELLED;

    public String key() {
        return "post.status." + name();
    }

    /** Still to be published: counts as planned for its week. */
    public boolean planned() {
        return this == DRAFT || this == REVIEW || this == APPROVED;
    }
}
