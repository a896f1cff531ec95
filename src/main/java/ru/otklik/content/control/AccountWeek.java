package ru.otklik.content.control;


/** One account's week against the target, with the account's name for the screen. */
public record AccountWeek(long accountId, String accountName, String network, WeekCount count) {
}
