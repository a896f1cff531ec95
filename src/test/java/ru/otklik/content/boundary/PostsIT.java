package ru.otklik.content.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.content.control.AccountWeek;
import ru.otklik.content.entity.Post;
import ru.otklik.content.entity.PostFormat;
import ru.otklik.content.entity.PostMedia;
import ru.otklik.content.entity.PostStatus;
import ru.otklik.content.entity.PostTopic;
import ru.otklik.notify.boundary.Notifications;
import ru.otklik.notify.entity.Notification;
import ru.otklik.notify.entity.NotificationKind;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.entity.Role;
import ru.otklik.socialaccount.boundary.AccountDraft;
import ru.otklik.socialaccount.boundary.Accounts;
import ru.otklik.socialaccount.entity.AccountStatus;
import ru.otklik.socialaccount.entity.OfficialAccount;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.Unique;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The content calendar on the real server (R2.4, R2.6): a post's way by role and state, moving it,
 * its files checked by their bytes, each account's week against the target and the weekly check's
 * notice to the SMM editor and the curator, once.
 */
@ExtendWith(ArquillianExtension.class)
class PostsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PostsIT.class);
    }

    @EJB
    Posts posts;

    @EJB
    Accounts accounts;

    @EJB
    ContentPlanCheck check;

    @EJB
    Notifications notifications;

    @EJB
    Staff staff;

    @EJB
    ru.otklik.org.boundary.Organisations organisations;

    private static Team shared;
    private static Team.Member smm;
    Team team;

    @BeforeEach
    void team() throws Exception {
        if (shared == null) {
            shared = Team.create(staff);
            smm = Team.member(staff, "smm", "Ведущая Анна", Role.SMM_EDITOR);
        }
        team = shared;
    }

    private OfficialAccount account(String name) throws Exception {
        return team.curator().call(() -> {
            AccountDraft d = new AccountDraft();
            d.setNetworkId(accounts.networks().stream().filter(n -> n.getCode().equals("vk")).findFirst().orElseThrow()
                    .getId());
            d.setName(name + " " + Unique.login("a"));
            d.setStatus(AccountStatus.ACTIVE);
            d.setResponsibleIds(Set.of(smm.id()));
            return accounts.save(d);
        });
    }

    private PostDraft draft(Set<Long> accountIds, LocalDateTime at, String text) {
        PostDraft d = new PostDraft();
        d.setAccountIds(accountIds);
        d.setPlannedAt(at);
        d.setFormat(PostFormat.PHOTO);
        d.setTopic(PostTopic.SOCIAL_INFO);
        d.setText(text);
        return d;
    }

    private Post post(OfficialAccount a, LocalDateTime at) throws Exception {
        return smm.call(() -> posts.save(draft(Set.of(a.getId()), at, "Завтра отключат воду на Лесной, с 10 до 14.")));
    }

    @Test
    void aPostGoesFromDraftThroughReviewToPublishedByRole() throws Exception {
        OfficialAccount a = account("Аккаунт пути");
        Post p = post(a, LocalDateTime.now().plusDays(1).withNano(0));
        assertThat(p.getStatus()).isEqualTo(PostStatus.DRAFT);
        assertThat(p.getCreatedBy()).isEqualTo(smm.login());

        Post submitted = smm.call(() -> posts.submit(p.getId(), p.getVersion()));
        assertThat(submitted.getStatus()).isEqualTo(PostStatus.REVIEW);
        assertThatThrownBy(() -> smm.call(() -> posts.approve(p.getId(), submitted.getVersion())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> team.operator().call(() -> posts.submit(p.getId(), submitted.getVersion())))
                .isInstanceOf(EJBAccessException.class);
        Post returned = team.curator().call(() -> posts.returnForRework(p.getId(), submitted.getVersion(), "Проще, без «в целях»"));
        assertThat(returned.getStatus()).isEqualTo(PostStatus.DRAFT);
        assertThat(returned.getReviewComment()).contains("в целях");
        Post again = smm.call(() -> posts.submit(p.getId(), returned.getVersion()));
        Post approved = team.curator().call(() -> posts.approve(p.getId(), again.getVersion()));
        assertThat(approved.getApprovedBy()).isEqualTo(team.curator().login());
        assertThatThrownBy(() -> smm.call(() -> posts.publish(p.getId(), approved.getVersion(), "javascript:alert(1)")))
                .isInstanceOf(RequestRefused.class);
        Post published = smm.call(() -> posts.publish(p.getId(), approved.getVersion(), "https://vk.com/wall-1_77"));
        assertThat(published.getStatus()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.getPublishedLink()).isEqualTo("https://vk.com/wall-1_77");
        assertThat(published.getPublishedBy()).isEqualTo(smm.login());

        PostDraft late = PostDraft.of(published, team.curator().call(() -> organisations.current().getZone()));
        late.setText("Поправка");
        assertThatThrownBy(() -> smm.call(() -> posts.save(late))).isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("error.post.closed");
        assertThatThrownBy(() -> smm.call(() -> posts.submit(p.getId(), p.getVersion())))
                .isInstanceOf(ConcurrentChange.class);
    }

    @Test
    void aPostWithoutAnAccountOrWithAForeignOneIsRefusedAndNothingSaved() throws Exception {
        long before = smm.call(() -> posts.count(PostFilter.all()));
        assertThatThrownBy(() -> smm.call(() -> posts.save(draft(Set.of(), LocalDateTime.now(), "Текст"))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("at least one account");
        assertThatThrownBy(() -> smm.call(() -> posts.save(draft(Set.of(-1L), LocalDateTime.now(), "Текст"))))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).key())
                .isEqualTo("error.post.account-unknown");
        assertThat(smm.call(() -> posts.count(PostFilter.all()))).isEqualTo(before);
    }

    @Test
    void movingAPostKeepsItsTimeOfDay() throws Exception {
        OfficialAccount a = account("Аккаунт переноса");
        Post p = post(a, LocalDateTime.of(2031, 3, 4, 18, 30));
        Post moved = smm.call(() -> posts.move(p.getId(), p.getVersion(), LocalDate.of(2031, 3, 6)));
        ZoneId zone = team.curator().call(() -> organisations.current().getZone());
        assertThat(moved.getPlannedAt().atZone(zone).toLocalDateTime()).isEqualTo(LocalDateTime.of(2031, 3, 6, 18, 30));
        List<Post> onCalendar = smm.call(() -> posts.calendar(LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 8),
                a.getId()));
        assertThat(onCalendar).extracting(Post::getId).containsExactly(p.getId());
    }

    @Test
    void filesAreCheckedByTheirBytesAndLimits_R2_6() throws Exception {
        OfficialAccount a = account("Аккаунт файлов");
        Post p = post(a, LocalDateTime.of(2031, 4, 1, 10, 0));
        byte[] png = new byte[2048];
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, 0, png, 0, 12);
        PostMedia stored = smm.call(() -> posts.attach(p.getId(), "афиша.png", png));
        assertThat(stored.getMediaType().mime()).isEqualTo("image/png");
        assertThat(stored.getSizeBytes()).isEqualTo(2048);

        byte[] script = "<script>alert(1)</script>       ".getBytes();
        assertThatThrownBy(() -> smm.call(() -> posts.attach(p.getId(), "photo.png", script)))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).key()).isEqualTo("error.media.type");
        assertThatThrownBy(() -> smm.call(() -> posts.attach(p.getId(), "renamed.pdf", png)))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).key()).isEqualTo("error.media.type");
        byte[] huge = Arrays.copyOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1},
                11 * 1024 * 1024);
        assertThatThrownBy(() -> smm.call(() -> posts.attach(p.getId(), "big.jpg", huge)))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).key()).isEqualTo("error.media.too-large");

        assertThat(smm.call(() -> posts.media(p.getId()))).extracting(PostMedia::getFileName).containsExactly("афиша.png");
        assertThat(smm.call(() -> posts.mediaWithContent(stored.getId())).getContent()).isEqualTo(png);
    }

    @Test
    void eachAccountsWeekCountsAgainstTheTargetAndTheWeeklyCheckWarnsOnce_R2_4() throws Exception {
        OfficialAccount a = account("Аккаунт недели А");
        OfficialAccount b = account("Аккаунт недели Б");
        LocalDate monday = LocalDate.of(2031, 3, 10);
        smm.call(() -> posts.save(draft(Set.of(a.getId(), b.getId()), monday.atTime(9, 0), "Общий пост")));
        post(a, monday.plusDays(1).atTime(LocalTime.NOON));
        post(a, monday.plusDays(6).atTime(23, 0)); // Sunday 23:00 in the organisation's zone: still this week
        post(a, monday.plusDays(7).atTime(0, 30)); // Monday 00:30: the next week
        Post cancelled = post(a, monday.plusDays(2).atTime(10, 0));
        smm.call(() -> posts.cancel(cancelled.getId(), cancelled.getVersion()));

        List<AccountWeek> weeks = smm.call(() -> posts.weeks(List.of(monday)));
        AccountWeek weekA = weeks.stream().filter(w -> w.accountId() == a.getId()).findFirst().orElseThrow();
        AccountWeek weekB = weeks.stream().filter(w -> w.accountId() == b.getId()).findFirst().orElseThrow();
        assertThat(weekA.count().planned()).isEqualTo(3);
        assertThat(weekA.count().target()).isEqualTo(5);
        assertThat(weekA.count().fallsShort()).isTrue();
        assertThat(weekB.count().planned()).isEqualTo(1);

        // the weekly check: this week and the next of every active account; once per account and week
        OfficialAccount c = account("Аккаунт без плана");
        check.check();
        check.check();
        List<Notification> mine = smm.call(() -> notifications.page(false, 0, 500));
        assertThat(mine).filteredOn(n -> n.getKind() == NotificationKind.CONTENT_SHORTFALL
                && n.getExcerpt().startsWith(c.getName() + "|")).hasSize(2); // this week and the next
        List<Notification> curators = team.curator().call(() -> notifications.page(false, 0, 500));
        assertThat(curators).filteredOn(n -> n.getKind() == NotificationKind.CONTENT_SHORTFALL
                && n.getExcerpt().startsWith(c.getName() + "|")).hasSize(2);
        assertThat(team.executor().call(() -> notifications.page(false, 0, 500)))
                .noneMatch(n -> n.getKind() == NotificationKind.CONTENT_SHORTFALL);
    }
}
