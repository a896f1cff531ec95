package ru.otklik.base;

/**
 * The names of the seven roles of REQUIREMENTS.md as constants for {@code @RolesAllowed} and
 * view annotations in every component. The security component's {@code Role} enum is built
 * from them; {@code RoleTest} keeps the two in step.
 */
public final class Roles {

    /** Глава поселения: assigns executors (R1.6, R1.12), hears of every urgent incident (R1.14). */
    public static final String HEAD = "HEAD";
    /** Куратор, начальник общего отдела: coordinates the work (R1.4, R1.5), reports (R1.13). */
    public static final String CURATOR = "CURATOR";
    /** Специалист общего отдела, ответственное должностное лицо: registers, triages, publishes. */
    public static final String OPERATOR = "OPERATOR";
    /** Исполнитель: drafts the answer and answers for its accuracy (R1.12). */
    public static final String EXECUTOR = "EXECUTOR";
    /** Ведущий аккаунты: official accounts and the content calendar (R2.2-R2.8). */
    public static final String SMM_EDITOR = "SMM_EDITOR";
    /** Модератор: comments and the blacklist (R2.9). */
    public static final String MODERATOR = "MODERATOR";
    /** Администратор: users, roles, organisation settings, schedule, calendar. */
    public static final String ADMIN = "ADMIN";

    /**
     * Not a staff role: the identity under which monitoring software's requests run once their
     * bearer token is checked (REST intake, {@code @RunAs}). Never assigned to a person.
     */
    public static final String INTAKE = "INTAKE";

    private Roles() {
    }
}
