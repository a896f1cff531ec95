package ru.otklik.message.boundary;

/** The monitoring software behind a valid bearer token: its organisation and the token's name. */
public record ApiCaller(long organisationId, long tokenId, String name) {

    /** How it appears in timelines and the audit log. */
    public String actor() {
        return "api:" + (name.length() > 50 ? name.substring(0, 50) : name);
    }
}
