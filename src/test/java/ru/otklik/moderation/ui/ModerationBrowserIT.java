package ru.otklik.moderation.ui;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.moderation.boundary.BanRequest;
import ru.otklik.moderation.boundary.Blacklists;
import ru.otklik.moderation.boundary.Moderation;
import ru.otklik.moderation.boundary.NewComment;
import ru.otklik.moderation.entity.BanReason;
import ru.otklik.moderation.entity.BanTerm;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.entity.Role;
import ru.otklik.socialaccount.entity.OfficialAccount;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.TestAccounts;
import ru.otklik.testing.Unique;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;


/**
 * R2.9 in the browser: a moderator opens the queue, sees the flagged comment (its author is on
 * the blacklist), deletes a spam comment with a reason and finds its text kept under "Удалены",
 * bans its author for a week, sees the ban in Чёрный список, and removes it early, which needs a
 * reason. The accounts and comments are prepared inside the server first (there is no account
 * screen on this branch), then the browser takes over.
 */
@ExtendWith(ArquillianExtension.class)
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModerationBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ModerationBrowserIT.class, TestAccounts.class);
    }

    @EJB
    Staff staff;

    @EJB
    Organisations organisations;

    @EJB
    TestAccounts accounts;

    @EJB
    Moderation moderation;

    @EJB
    Blacklists blacklists;

    @ArquillianResource
    URL base;

    /** Where the preparation inside the server leaves what the browser needs. */
    private static Path handOver() {
        return Path.of(System.getenv().getOrDefault("OTKLIK_IT_DIR", "target/it"), "moderation-browser.properties");
    }

    @Test
    @Order(1)
    void prepareAnAccountWithCommentsInsideTheServer() throws Exception {
        String run = Unique.login("m").substring(1);
        Team.Member moderator = Team.member(staff, "mod", "Модератор " + run, Role.MODERATOR);
        Team.Member curator = Team.member(staff, "cur", "Куратор " + run, Role.CURATOR);
        long org = curator.call(() -> organisations.current().getId());
        OfficialAccount account = accounts.create(org, "vk", "Администрация поселения " + run);
        String troll = "id7" + run.substring(1);
        String spammer = "id8" + run.substring(1);
        Instant posted = Instant.now().minusSeconds(600);
        moderator.call(() -> blacklists.ban(new BanRequest(account.getId(), null, troll, "Тролль " + run,
                BanReason.INSULTING_MEMBERS, BanTerm.FOREVER)));
        long flagged = moderator.call(() -> moderation.add(new NewComment(account.getId(), troll, "Тролль " + run,
                "Опять вы ничего не делаете " + run, posted))).getId();
        long spam = moderator.call(() -> moderation.add(new NewComment(account.getId(), spammer, "Спамер " + run,
                "Кредит без справок за 5 минут, пишите в личку " + run, posted.plusSeconds(60)))).getId();
        Properties p = new Properties();
        p.setProperty("login", moderator.login());
        p.setProperty("password", moderator.password());
        p.setProperty("run", run);
        p.setProperty("flagged", String.valueOf(flagged));
        p.setProperty("spam", String.valueOf(spam));
        p.setProperty("spammer", spammer);
        Files.createDirectories(handOver().getParent());
        try (var out = Files.newBufferedWriter(handOver())) {
            p.store(out, "ModerationBrowserIT");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theModeratorDeletesBansAndRemovesTheBanEarly_R2_9() throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(handOver())) {
            p.load(in);
        }
        ModerationBrowserSteps.moderate(base, p);
    }
}
