package ru.otklik.testing;

import ru.otklik.security.boundary.Staff;
import ru.otklik.security.boundary.StaffDraft;
import ru.otklik.security.entity.Role;

import java.util.EnumSet;

/**
 * A small administration's staff for in-container tests: an operator, a curator, the head and
 * two executors, each a real user of the realm with a fresh one-time password.
 */
public record Team(Member operator, Member curator, Member head, Member executor, Member otherExecutor) {

    public static Team create(Staff staff) throws Exception {
        return new Team(member(staff, "op", "Оператор Ольга", Role.OPERATOR),
                member(staff, "cur", "Куратор Елена", Role.CURATOR),
                member(staff, "head", "Глава Олег", Role.HEAD),
                member(staff, "ex", "Исполнитель Иван", Role.EXECUTOR),
                member(staff, "ex2", "Исполнитель Пётр", Role.EXECUTOR));
    }

    /** A new staff member with one role (the team above, or an SMM editor, a moderator). */
    public static Member member(Staff staff, String prefix, String name, Role role) throws Exception {
        String login = Unique.login(prefix);
        StaffDraft d = new StaffDraft();
        d.setLogin(login);
        d.setFullName(name);
        d.setEmail(email(login));
        d.setRoles(EnumSet.of(role));
        var issued = As.admin(() -> staff.create(d));
        return new Member(login, issued.oneTimePassword(), issued.user().getId());
    }

    /** The e-mail address every test member has (the notification tests read mail to it). */
    public static String email(String login) {
        return login + "@otklik.test";
    }

    /** One staff member: login, password and id. */
    public record Member(String login, String password, long id) {

        public String email() {
            return Team.email(login);
        }

        public <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
            return As.user(login, password, work);
        }
    }
}
