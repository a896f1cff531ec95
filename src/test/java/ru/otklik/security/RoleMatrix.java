package ru.otklik.security;

import ru.otklik.security.entity.Role;

import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.ejb.Timeout;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may call what: the one table of expected access, written by hand from REQUIREMENTS.md's
 * roles and the decree, never read from the annotations it checks. {@link RoleMatrixIT} calls
 * every public business method of every EJB boundary as each role (and as nobody) and compares
 * the container's answer with this table; {@link RoleMatrixTest} compares the annotations with it
 * in the build's unit tests, and does the same for every view's route.
 *
 * <p>A row: {@code Boundary.method} (all overloads alike), then who may call it: role names,
 * {@code STAFF} for all seven roles, {@code ANYONE} for everybody including an unauthenticated
 * caller (entry points that check a token or a password themselves, timers, event observers), or
 * {@code INTAKE} (only monitoring software behind a valid token, never a staff role). A boundary
 * method or a view without a row fails both tests: a new one needs a deliberate decision here.
 */
public final class RoleMatrix {

    /** Who may call each EJB boundary method. */
    static final String BOUNDARIES = """
            AuditLog.count                         ADMIN CURATOR
            AuditLog.entityTypes                   ADMIN CURATOR
            AuditLog.history                       ADMIN CURATOR
            AuditLog.page                          ADMIN CURATOR
            OpenApiResource.description            ANYONE
            ApiTokens.list                         ADMIN
            ApiTokens.create                       ADMIN
            ApiTokens.revoke                       ADMIN
            ApiTokens.authenticate                 ANYONE
            ApiTokens.recordUse                    ANYONE
            Catalogue.addNetwork                   ADMIN
            Catalogue.addTopic                     ADMIN
            Catalogue.networks                     ADMIN
            Catalogue.topics                       ADMIN
            Catalogue.save                         ADMIN
            DeadlineRecomputation.recompute        ANYONE
            DeadlineSweep.due                      ANYONE
            DeadlineSweep.give                     ANYONE
            DeadlineSweep.sweep                    ANYONE
            HealthResource.health                  ANYONE
            MessageImports.check                   OPERATOR CURATOR
            MessageImports.preview                 OPERATOR CURATOR
            MessageImports.run                     OPERATOR CURATOR
            MessageIntake.countUpTo                INTAKE
            MessageIntake.find                     INTAKE
            MessageIntake.known                    INTAKE
            MessageIntake.page                     INTAKE
            MessageIntake.register                 INTAKE
            MessageIntake.registerBatch            INTAKE
            Messages.register                      OPERATOR CURATOR
            Messages.withSameLink                  OPERATOR CURATOR
            Messages.classify                      OPERATOR CURATOR
            Messages.closeNoAnswer                 OPERATOR CURATOR
            Messages.sendToHead                    CURATOR
            Messages.executors                     HEAD CURATOR
            Messages.assignExecutor                HEAD CURATOR
            Messages.saveDraft                     EXECUTOR
            Messages.submitDraft                   EXECUTOR
            Messages.approveDraft                  CURATOR
            Messages.returnDraft                   CURATOR
            Messages.postAnswer                    OPERATOR CURATOR
            Messages.count                         OPERATOR CURATOR HEAD EXECUTOR
            Messages.countUpTo                     OPERATOR CURATOR HEAD EXECUTOR
            Messages.page                          OPERATOR CURATOR HEAD EXECUTOR
            Messages.details                       OPERATOR CURATOR HEAD EXECUTOR
            Messages.viewCounts                    OPERATOR CURATOR HEAD EXECUTOR
            Messages.networks                      OPERATOR CURATOR HEAD EXECUTOR
            Messages.topics                        OPERATOR CURATOR HEAD EXECUTOR
            MessagesResource.post                  ANYONE
            MessagesResource.batch                 ANYONE
            MessagesResource.list                  ANYONE
            MessagesResource.get                   ANYONE
            MailOutbox.count                       ADMIN
            MailOutbox.page                        ADMIN
            MailOutbox.retryNow                    ADMIN
            MailSender.afterCommit                 ANYONE
            MailSender.claim                       ANYONE
            MailSender.record                      ANYONE
            MailSender.sendSoon                    ANYONE
            MailSender.sendWaiting                 ANYONE
            MorningDigest.record                   ANYONE
            MorningDigest.sendDue                  ANYONE
            NotificationExpiry.expire              ANYONE
            Notifications.count                    STAFF
            Notifications.emailKinds               STAFF
            Notifications.hasEmail                 STAFF
            Notifications.markAllRead              STAFF
            Notifications.markRead                 STAFF
            Notifications.myId                     STAFF
            Notifications.page                     STAFF
            Notifications.saveEmailKinds           STAFF
            Notifications.unread                   STAFF
            Notifier.notify                        ANYONE
            Notifier.onDeadlineAlarm               ANYONE
            Notifier.onMessageChanged              ANYONE
            Notifier.recipients                    ANYONE
            Organisations.current                  ANYONE
            Organisations.save                     ADMIN
            ReportQueries.cube                     CURATOR HEAD
            ReportQueries.draftsReturned           CURATOR HEAD
            ReportQueries.firstAnswerMinutes       CURATOR HEAD
            ReportQueries.hours                    CURATOR HEAD
            ReportQueries.repeatedAuthors          CURATOR HEAD
            ReportQueries.topics                   CURATOR HEAD
            Reports.build                          CURATOR HEAD
            Reports.pdf                            CURATOR HEAD
            Reports.xlsx                           CURATOR HEAD
            Reports.shareInTime                    CURATOR HEAD
            ReportsResource.report                 CURATOR HEAD
            ReportsResource.pdf                    CURATOR HEAD
            ReportsResource.xlsx                   CURATOR HEAD
            Logins.failed                          ANYONE
            Logins.succeeded                       ANYONE
            Logins.throttled                       ANYONE
            Logins.loggedOut                       ANYONE
            Staff.me                               ANYONE
            Staff.changeOwnLanguage                ANYONE
            Staff.changeOwnPassword                ANYONE
            Staff.activate                         ADMIN
            Staff.deactivate                       ADMIN
            Staff.count                            ADMIN
            Staff.page                             ADMIN
            Staff.find                             ADMIN
            Staff.create                           ADMIN
            Staff.update                           ADMIN
            Staff.resetPassword                    ADMIN
            Staff.roleCoverage                     ADMIN
            Staff.passwordWeakness                 ANYONE
            Staff.replaceOneTimePassword           ADMIN
            FirstStart.pending                     ANYONE
            FirstStart.draft                       ADMIN
            FirstStart.complete                    ADMIN
            CalendarResource.year                  ADMIN
            CalendarResource.preview               ADMIN
            CalendarResource.apply                 ADMIN
            DeadlinesResource.deadline             ANYONE
            WorkingCalendars.policy                ANYONE
            WorkingCalendars.schedule              ANYONE
            WorkingCalendars.year                  ANYONE
            WorkingCalendars.apply                 ADMIN
            WorkingCalendars.changeDay             ADMIN
            WorkingCalendars.preview               ADMIN
            WorkingCalendars.savePolicy            ADMIN
            WorkingCalendars.saveSchedule          ADMIN
            WorkingTimes.calculate                 ANYONE
            WorkingTimes.changed                   ANYONE
            WorkingTimes.due                       ANYONE
            WorkingTimes.finalDue                  ANYONE
            WorkingTimes.of                        ANYONE
            WorkingTimes.organisationFor           ANYONE
            WorkingTimes.plusWorkingMinutes        ANYONE
            WorkingTimes.policy                    ANYONE
            WorkingTimes.time                      ANYONE
            WorkingTimes.workingMinutesBetween     ANYONE
            WorkingTimes.zone                      ANYONE
            Accounts.list                          SMM_EDITOR CURATOR ADMIN HEAD MODERATOR OPERATOR
            Accounts.planned                       SMM_EDITOR CURATOR ADMIN HEAD MODERATOR OPERATOR
            Accounts.find                          SMM_EDITOR CURATOR ADMIN HEAD MODERATOR OPERATOR
            Accounts.networks                      SMM_EDITOR CURATOR ADMIN
            Accounts.staff                         SMM_EDITOR CURATOR ADMIN
            Accounts.save                          SMM_EDITOR CURATOR ADMIN
            Accounts.archive                       SMM_EDITOR CURATOR ADMIN
            Accounts.credentials                   SMM_EDITOR CURATOR ADMIN
            Accounts.storeCredentials              SMM_EDITOR CURATOR ADMIN
            Accounts.reveal                        SMM_EDITOR CURATOR ADMIN
            Accounts.rotateKey                     ADMIN
            PolicyDocuments.list                   STAFF
            PolicyDocuments.save                   SMM_EDITOR CURATOR ADMIN
            PolicyDocuments.remove                 SMM_EDITOR CURATOR ADMIN
            Posts.find                             SMM_EDITOR CURATOR
            Posts.calendar                         SMM_EDITOR CURATOR
            Posts.page                             SMM_EDITOR CURATOR
            Posts.count                            SMM_EDITOR CURATOR
            Posts.weeks                            SMM_EDITOR CURATOR
            Posts.accountsFallingShort             SMM_EDITOR CURATOR
            Posts.save                             SMM_EDITOR CURATOR
            Posts.move                             SMM_EDITOR CURATOR
            Posts.submit                           SMM_EDITOR CURATOR
            Posts.approve                          CURATOR
            Posts.returnForRework                  CURATOR
            Posts.publish                          SMM_EDITOR CURATOR
            Posts.cancel                           SMM_EDITOR CURATOR
            Posts.media                            SMM_EDITOR CURATOR
            Posts.mediaWithContent                 SMM_EDITOR CURATOR
            Posts.attach                           SMM_EDITOR CURATOR
            Posts.detach                           SMM_EDITOR CURATOR
            ContentPlanCheck.check                 ANYONE
            Notifier.onWeekFallsShort              ANYONE
            TextChecks.style                       STAFF INTAKE
            TextChecks.defaultMaxSentenceWords     STAFF INTAKE
            TextChecks.abuse                       STAFF INTAKE
            Moderation.page                        MODERATOR CURATOR ADMIN SMM_EDITOR
            Moderation.count                       MODERATOR CURATOR ADMIN SMM_EDITOR
            Moderation.counts                      MODERATOR CURATOR ADMIN SMM_EDITOR
            Moderation.find                        MODERATOR CURATOR ADMIN SMM_EDITOR
            Moderation.accounts                    MODERATOR CURATOR ADMIN SMM_EDITOR
            Moderation.mayDecide                   MODERATOR CURATOR ADMIN SMM_EDITOR
            Moderation.networks                    MODERATOR CURATOR ADMIN
            Moderation.history                     MODERATOR CURATOR ADMIN
            Moderation.repeatOffenders             MODERATOR CURATOR ADMIN
            Moderation.add                         MODERATOR CURATOR ADMIN
            Moderation.keep                        MODERATOR CURATOR ADMIN
            Moderation.delete                      MODERATOR CURATOR ADMIN
            Moderation.decideAll                   MODERATOR CURATOR ADMIN
            Blacklists.page                        MODERATOR CURATOR ADMIN
            Blacklists.count                       MODERATOR CURATOR ADMIN
            Blacklists.find                        MODERATOR CURATOR ADMIN
            Blacklists.activeOf                    MODERATOR CURATOR ADMIN
            Blacklists.ban                         MODERATOR CURATOR ADMIN
            Blacklists.remove                      MODERATOR CURATOR ADMIN
            Blacklists.expireDue                   ANYONE
            CommentIntake.register                 INTAKE
            CommentIntake.registerBatch            INTAKE
            CommentIntake.known                    INTAKE
            CommentsResource.post                  ANYONE
            CommentsResource.batch                 ANYONE
            CalendarBootstrap.seed                 ANYONE
            CatalogueBootstrap.seed                ANYONE
            DemoData.load                          ADMIN
            DemoData.remove                        ADMIN
            DemoData.present                       ADMIN
            DemoData.accounts                      ANYONE
            """;

    /** Who may open each view, by its route. */
    static final String VIEWS = """
            login                                  ANYONE
            setup                                  ADMIN
            ""                                     STAFF
            profile                                STAFF
            deadlines                              STAFF
            notifications                          STAFF
            messages                               OPERATOR CURATOR HEAD
            messages/new                           OPERATOR CURATOR
            messages/import                        OPERATOR CURATOR
            message                                OPERATOR CURATOR HEAD EXECUTOR
            assignments                            HEAD
            my-tasks                               EXECUTOR
            control                                CURATOR
            reports                                CURATOR HEAD
            audit                                  ADMIN CURATOR
            settings/organisation                  ADMIN
            settings/staff                         ADMIN
            settings/calendar                      ADMIN
            settings/schedule                      ADMIN
            settings/catalogue                     ADMIN
            settings/api-tokens                    ADMIN
            settings/mail                          ADMIN
            settings/demo                          ADMIN
            accounts                               SMM_EDITOR CURATOR ADMIN
            accounts/recommendations               STAFF
            content                                SMM_EDITOR CURATOR
            content/list                           SMM_EDITOR CURATOR
            content/post                           SMM_EDITOR CURATOR
            moderation                             MODERATOR CURATOR ADMIN SMM_EDITOR
            moderation/blacklist                   MODERATOR CURATOR ADMIN
            moderation/offenders                   MODERATOR CURATOR ADMIN
            moderation/author                      MODERATOR CURATOR ADMIN
            """;

    private RoleMatrix() {
    }

    /** Who may act: some of the seven roles, and whether an unauthenticated caller may too. */
    public record Access(Set<Role> roles, boolean anonymous) {

        public boolean allows(Role role) {
            return roles.contains(role);
        }

        static Access of(String words) {
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            boolean anonymous = false;
            for (String w : words.trim().split("\\s+")) {
                switch (w) {
                    case "ANYONE" -> {
                        roles.addAll(EnumSet.allOf(Role.class));
                        anonymous = true;
                    }
                    case "STAFF" -> roles.addAll(EnumSet.allOf(Role.class));
                    case "INTAKE" -> {
                        // monitoring software only: no staff role, nobody anonymous
                    }
                    default -> roles.add(Role.valueOf(w));
                }
            }
            return new Access(roles, anonymous);
        }

        @Override
        public String toString() {
            return (anonymous ? "anyone " : "") + roles;
        }
    }

    /** The boundary table: "Boundary.method" to who may call it. */
    public static Map<String, Access> boundaries() {
        return parse(BOUNDARIES);
    }

    /** The view table: route to who may open it. */
    public static Map<String, Access> views() {
        return parse(VIEWS);
    }

    /**
     * The public business methods of a boundary: public, not static, declared by the bean class,
     * not a timer callback (those have no caller). The same rule for both tests.
     */
    public static List<Method> businessMethods(Class<?> boundary) {
        return Arrays.stream(boundary.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .filter(m -> !m.isAnnotationPresent(Schedule.class) && !m.isAnnotationPresent(Schedules.class)
                        && !m.isAnnotationPresent(Timeout.class))
                .sorted(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                .toList();
    }

    /** The row key of a method: "Boundary.method". */
    public static String key(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    private static Map<String, Access> parse(String table) {
        Map<String, Access> rows = new LinkedHashMap<>();
        Arrays.stream(table.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] parts = line.split("\\s+", 2);
            String key = parts[0].equals("\"\"") ? "" : parts[0];
            if (rows.put(key, Access.of(parts[1])) != null) {
                throw new IllegalStateException("Two rows for " + key);
            }
        });
        return rows;
    }
}
