package ru.otklik.message.boundary;

/**
 * The monitoring software behind a valid bearer token: its organisation, the token's name, and the
 * organisation's time zone, in which the API shows instants.
 */
public record ApiCaller(long organisationId, long tokenId, String name, java.time.ZoneId zone) {

    /** How it appears in timelines and the audit log. */
    public String actor() {
        return "api:" + (name.length() > 50 ? name.substring(0, 50) : name);
    }
}
