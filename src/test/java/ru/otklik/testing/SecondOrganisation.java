package ru.otklik.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.Topic;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.control.Passwords;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.worktime.control.CalendarDay;
import ru.otklik.worktime.control.CalendarYear;
import ru.otklik.worktime.control.ShippedCalendars;
import ru.otklik.worktime.entity.CalendarEntry;
import ru.otklik.worktime.entity.CalendarSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A second organisation in the installation, for the isolation tests (issue 9): there is no
 * product screen that creates one (an installation serves one administration, created on the
 * first start), so this fixture writes it straight through the EntityManager, with what the
 * start-up seeding gives the first one (networks, topics, the shipped production calendar; the
 * schedule and terms are the decree's defaults until changed) and one staff member for each of
 * the seven roles, with a fixed password. Idempotent: a second call (another test, another run on
 * the same database) finds it and only makes sure that its staff can log in with their roles.
 *
 * <p>A test fixture, not a boundary of the application.
 */
@Stateless
@PermitAll
public class SecondOrganisation {

    /** The second organisation's name; the fixture finds it by this name. */
    public static final String NAME = "Администрация Соседнего сельского поселения (тест изоляции)";
    /** Another zone than the first organisation's, so that zones cannot be confused unnoticed. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    /** The password of every staff member of the second organisation (a test installation only). */
    public static final String PASSWORD = "Sosedi-2026-izolyaciya!";

    @PersistenceContext
    EntityManager em;

    /** The second organisation and its staff: one member per role. */
    public record Org(long id, String name, Map<Role, Team.Member> staff) {

        public Team.Member member(Role role) {
            return staff.get(role);
        }
    }

    /** Creates the second organisation and its staff if missing; returns it either way. */
    public Org ensure() {
        Organisation org = em.createQuery("SELECT o FROM Organisation o WHERE o.name = :name ORDER BY o.id",
                        Organisation.class).setParameter("name", NAME).getResultStream().findFirst().orElse(null);
        Instant now = Instant.now();
        if (org == null) {
            org = new Organisation(NAME, ZONE, now);
            org.setDistrict("Соседний район");
            org.markConfigured(now);
            em.persist(org);
            em.flush();
        }
        long id = org.getId();
        seedCatalogue(id);
        seedCalendar(id, now);
        Map<Role, Team.Member> staff = new EnumMap<>(Role.class);
        String hash = null;
        for (Role role : Role.values()) {
            String login = "sosed-" + role.name().toLowerCase().replace('_', '-');
            StaffUser user = em.createNamedQuery(StaffUser.BY_LOGIN, StaffUser.class).setParameter("login", login)
                    .getResultStream().findFirst().orElse(null);
            if (user == null) {
                hash = hash == null ? Passwords.hash(PASSWORD) : hash;
                user = new StaffUser(org, login, "Сосед " + role.name(), hash, false, now);
                user.setEmail(Team.email(login));
                em.persist(user);
            } else if (user.getOrganisation().getId() != id) {
                throw new IllegalStateException(login + " belongs to another organisation");
            }
            if (!user.isActive()) {
                user.setActive(true);
            }
            if (!user.getRoles().equals(EnumSet.of(role))) {
                user.setRoles(EnumSet.of(role));
            }
            em.flush();
            staff.put(role, new Team.Member(login, PASSWORD, user.getId()));
        }
        return new Org(id, NAME, staff);
    }

    /** The ids of an organisation's rows in a table with an {@code organisation_id} column. */
    public List<Long> ids(String table, long organisationId) {
        return ((List<?>) em.createNativeQuery("SELECT id FROM " + table + " WHERE organisation_id = ?1 ORDER BY id")
                .setParameter(1, organisationId).getResultList()).stream().map(n -> ((Number) n).longValue())
                .collect(Collectors.toList());
    }

    /**
     * The rows of a table where a column has a value, every column as text, in a stable order: what
     * a test compares before and after others tried to change them.
     */
    public List<String> rows(String table, String column, Object value) {
        List<String> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT * FROM " + table + " WHERE " + column + " = ?1")
                .setParameter(1, value).getResultList()) {
            Object[] cells = row instanceof Object[] many ? many : new Object[] {row};
            List<String> text = new ArrayList<>();
            for (Object cell : cells) {
                text.add(text(cell));
            }
            rows.add(text.toString());
        }
        rows.sort(null);
        return rows;
    }

    /** A cell as text; binary contents as hex (a driver's blob object says nothing of its bytes). */
    private static String text(Object cell) {
        try {
            if (cell instanceof java.sql.Clob clob) {
                return clob.getSubString(1, (int) clob.length());
            }
            byte[] bytes = cell instanceof java.sql.Blob blob ? blob.getBytes(1, (int) blob.length())
                    : cell instanceof byte[] b ? b : null;
            return bytes == null ? String.valueOf(cell) : java.util.HexFormat.of().formatHex(bytes);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void seedCatalogue(long id) {
        if (em.createNamedQuery(Network.OF_ORGANISATION, Network.class).setParameter("org", id).setMaxResults(1)
                .getResultList().isEmpty()) {
            em.persist(new Network(id, "vk", "ВКонтакте", true, false, 16_384, 10));
            em.persist(new Network(id, "ok", "Одноклассники", true, false, 4_096, 20));
            em.persist(new Network(id, "telegram", "Telegram", true, false, 4_096, 30));
            em.persist(new Network(id, "max", "MAX", true, false, 4_096, 40));
        }
        if (em.createNamedQuery(Topic.OF_ORGANISATION, Topic.class).setParameter("org", id).setMaxResults(1)
                .getResultList().isEmpty()) {
            em.persist(new Topic(id, "roads", "Дороги", 10));
            em.persist(new Topic(id, "housing", "ЖКХ", 20));
            em.persist(new Topic(id, "other", "Другое", 30));
        }
    }

    private void seedCalendar(long id, Instant now) {
        if (!em.createNamedQuery(CalendarSource.OF_ORGANISATION, CalendarSource.class).setParameter("org", id)
                .setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        for (CalendarYear year : ShippedCalendars.all()) {
            em.persist(new CalendarSource(id, year.year(), year.source(), year.confirmed(), now, "system"));
            for (CalendarDay d : year.days().values()) {
                em.persist(new CalendarEntry(id, d.date(), d.kind(), d.holiday(), d.movedFrom()));
            }
        }
    }
}
