package ru.otklik.notify.entity;

import java.util.List;

/** Notifications were written for these staff members (observed after commit: bells update, e-mails go). */
public record NotificationsCreated(long organisationId, List<Long> recipientIds, NotificationKind kind,
                                   Long messageId) {
}
