package ru.otklik.content.entity;

/** What a post is about, as Appendix 2 item 2 lists it (R2.2). */
public enum PostTopic {
    /** Мероприятия с участием главы. */
    HEAD_EVENTS,
    /** Работа администрации. */
    ADMINISTRATION_WORK,
    /** Социально значимая информация. */
    SOCIAL_INFO;

    public String key() {
        return "post.topic." + name();
    }
}
