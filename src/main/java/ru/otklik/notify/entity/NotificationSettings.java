package ru.otklik.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Which notifications a staff member also wants by e-mail; without a row, all of them. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    @Id
    @Column(name = "staff_user_id")
    private Long staffUserId;

    @Column(name = "email_kinds", nullable = false)
    private String emailKinds;

    @Version
    private long version;

    protected NotificationSettings() {
    }

    public NotificationSettings(long staffUserId) {
        this.staffUserId = staffUserId;
        setEmailKinds(EnumSet.allOf(NotificationKind.class));
    }

    public Set<NotificationKind> getEmailKinds() {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(emailKinds.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(name -> {
            try {
                kinds.add(NotificationKind.valueOf(name));
            } catch (IllegalArgumentException retired) {
                // a kind that no longer exists: ignored
            }
        });
        return kinds;
    }

    public void setEmailKinds(Set<NotificationKind> kinds) {
        this.emailKinds = kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public Long getStaffUserId() {
        return staffUserId;
    }
}
