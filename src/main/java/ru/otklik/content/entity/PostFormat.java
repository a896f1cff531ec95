package ru.otklik.content.entity;

/** The formats of Appendix 2 item 6 (R2.6). */
public enum PostFormat {
    TEXT, PHOTO, INFOGRAPHIC, VIDEO, LIVE, POLL, OTHER;

    public String key() {
        return "post.format." + name();
    }
}
