package ru.otklik.socialaccount.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.audit.boundary.AuditLog;
import ru.otklik.audit.entity.AuditEntry;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.entity.Role;
import ru.otklik.socialaccount.control.CredentialCipher;
import ru.otklik.socialaccount.control.Vault;
import ru.otklik.socialaccount.control.VaultUnavailable;
import ru.otklik.socialaccount.entity.AccountStatus;
import ru.otklik.socialaccount.entity.CredentialField;
import ru.otklik.socialaccount.entity.DesignItem;
import ru.otklik.socialaccount.entity.OfficialAccount;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.Unique;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Official accounts and the credential vault on the real server (R2.1, R2.2, R2.7): what the
 * database holds, who may reveal, the audit line of every reveal, a wrong or missing key.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AccountsIT.class);
    }

    @EJB
    Accounts accounts;

    @EJB
    Staff staff;

    @EJB
    AuditLog auditLog;

    @Inject
    Vault vault;

    @Resource(lookup = "java:jboss/datasources/OtklikDS")
    DataSource dataSource;

    private static Team shared;
    private static Team.Member smm;
    private static Team.Member otherSmm;
    private static Team.Member moderator;
    Team team;

    @BeforeEach
    void team() throws Exception {
        if (shared == null) {
            shared = Team.create(staff);
            smm = Team.member(staff, "smm", "Ведущая Анна", Role.SMM_EDITOR);
            otherSmm = Team.member(staff, "smm2", "Ведущий Борис", Role.SMM_EDITOR);
            moderator = Team.member(staff, "mod", "Модератор Мария", Role.MODERATOR);
        }
        team = shared;
    }

    private OfficialAccount account(String name) throws Exception {
        return team.curator().call(() -> {
            AccountDraft d = new AccountDraft();
            d.setNetworkId(accounts.networks().stream().filter(n -> n.getCode().equals("vk")).findFirst().orElseThrow()
                    .getId());
            d.setName(name);
            d.setLink("https://vk.com/" + Unique.login("club"));
            d.setPhone("+7 (495) 123-45-67");
            d.setStatus(AccountStatus.ACTIVE);
            d.setDesign(EnumSet.of(DesignItem.AVATAR, DesignItem.DESCRIPTION));
            d.setResponsibleIds(Set.of(smm.id()));
            return accounts.save(d);
        });
    }

    private List<String> storedCiphers(long accountId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT login_cipher, password_cipher, recovery_cipher"
                     + " FROM account_credential WHERE account_id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return java.util.Arrays.asList(r.getString(1), r.getString(2), r.getString(3));
            }
        }
    }

    @Test
    void theRegistryKeepsTheAccountWithItsChecklist_R2_1_R2_7() throws Exception {
        OfficialAccount a = account("Администрация Берёзовки ВКонтакте");

        OfficialAccount read = team.curator().call(() -> accounts.find(a.getId()));
        assertThat(read.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(read.getPhone()).isEqualTo("+7 (495) 123-45-67");
        assertThat(read.getMissingDesign()).containsExactly(DesignItem.COVER, DesignItem.PINNED_POST,
                DesignItem.WIDGETS, DesignItem.CONTACTS);
        assertThat(read.getResponsibleIds()).containsExactly(smm.id());
        assertThat(smm.call(() -> accounts.list())).extracting(OfficialAccount::getId).contains(a.getId());

        AccountDraft stale = team.curator().call(() -> AccountDraft.of(accounts.find(a.getId())));
        AccountDraft fresh = team.curator().call(() -> AccountDraft.of(accounts.find(a.getId())));
        fresh.setDesign(EnumSet.allOf(DesignItem.class));
        team.curator().call(() -> accounts.save(fresh));
        stale.setDescription("Чужая правка");
        assertThatThrownBy(() -> team.curator().call(() -> accounts.save(stale))).isInstanceOf(ConcurrentChange.class);
        assertThat(team.curator().call(() -> accounts.find(a.getId())).getMissingDesign()).isEmpty();
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() throws Exception {
        int before = team.curator().call(() -> accounts.list()).size();
        AccountDraft noNetwork = new AccountDraft();
        noNetwork.setName("Без сети");
        assertThatThrownBy(() -> team.curator().call(() -> accounts.save(noNetwork)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("social network");
        AccountDraft unknownNetwork = new AccountDraft();
        unknownNetwork.setName("Неизвестная сеть");
        unknownNetwork.setNetworkId(-5L);
        assertThatThrownBy(() -> team.curator().call(() -> accounts.save(unknownNetwork)))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).key())
                .isEqualTo("error.account.network-unknown");
        assertThat(team.curator().call(() -> accounts.list())).hasSize(before);
    }

    @Test
    void credentialsAreStoredEncryptedDifferentlyPerRecordAndRevealedOnlyToTheRightPeople_R2_2() throws Exception {
        OfficialAccount a = account("Аккаунт с паролем 1");
        OfficialAccount b = account("Аккаунт с паролем 2");
        String password = "Sekret-Berezovka-2026!";
        for (OfficialAccount x : List.of(a, b)) {
            smm.call(() -> accounts.storeCredentials(x.getId(), Map.of(CredentialField.LOGIN, "+79001234567",
                    CredentialField.PASSWORD, password, CredentialField.RECOVERY, "резервные коды 1111 2222")));
        }

        List<String> inA = storedCiphers(a.getId());
        List<String> inB = storedCiphers(b.getId());
        assertThat(inA).doesNotContainNull().noneMatch(s -> s.contains(password) || s.contains("+79001234567"));
        assertThat(inA.get(1)).isNotEqualTo(inB.get(1));

        assertThat(smm.call(() -> accounts.reveal(a.getId(), CredentialField.PASSWORD))).isEqualTo(password);
        assertThat(team.curator().call(() -> accounts.reveal(a.getId(), CredentialField.LOGIN))).isEqualTo("+79001234567");
        assertThat(As.admin(() -> accounts.reveal(a.getId(), CredentialField.RECOVERY))).isEqualTo("резервные коды 1111 2222");

        // an SMM editor not responsible for the account, and roles without rights, cannot reveal
        assertThatThrownBy(() -> otherSmm.call(() -> accounts.reveal(a.getId(), CredentialField.PASSWORD)))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).key())
                .isEqualTo("error.vault.not-responsible");
        assertThat(otherSmm.call(() -> accounts.credentials(a.getId())).mayReveal()).isFalse();
        assertThat(smm.call(() -> accounts.credentials(a.getId())).stored()).containsExactlyInAnyOrder(CredentialField.values());
        for (Team.Member m : List.of(team.operator(), team.head(), team.executor(), moderator)) {
            assertThatThrownBy(() -> m.call(() -> accounts.reveal(a.getId(), CredentialField.PASSWORD)))
                    .isInstanceOf(EJBAccessException.class);
        }
        assertThatThrownBy(() -> otherSmm.call(() -> accounts.storeCredentials(a.getId(),
                Map.of(CredentialField.PASSWORD, "hijack")))).isInstanceOf(RequestRefused.class);
        assertThat(smm.call(() -> accounts.reveal(a.getId(), CredentialField.PASSWORD))).isEqualTo(password);
    }

    @Test
    void everyRevealLeavesAnAuditLineWithoutTheSecret_R2_2() throws Exception {
        OfficialAccount a = account("Аккаунт для журнала");
        smm.call(() -> accounts.storeCredentials(a.getId(), Map.of(CredentialField.PASSWORD, "Audit-Me-Not-42")));
        smm.call(() -> accounts.reveal(a.getId(), CredentialField.PASSWORD));
        smm.call(() -> accounts.reveal(a.getId(), CredentialField.PASSWORD));
        team.curator().call(() -> accounts.reveal(a.getId(), CredentialField.PASSWORD));

        List<AuditEntry> history = team.curator().call(() -> auditLog.history("OfficialAccount", String.valueOf(a.getId())));
        assertThat(history).filteredOn(e -> e.getAction().equals("credential.revealed"))
                .extracting(AuditEntry::getActor).containsExactly(smm.login(), smm.login(), team.curator().login());
        List<AuditEntry> credentialHistory = team.curator().call(() -> auditLog.history("AccountCredential",
                String.valueOf(a.getId())));
        assertThat(credentialHistory).isNotEmpty();
        String everything = (history.toString() + credentialHistory.stream()
                .map(e -> e.getChanges().toString()).toList());
        assertThat(everything).doesNotContain("Audit-Me-Not-42");
        // the stored ciphertext is not in the audit log either
        assertThat(everything).doesNotContain(storedCiphers(a.getId()).get(1));
    }

    @Test
    void aWrongOrMissingKeyIsSaidClearlyAndKeyRotationKeepsEverySecret() throws Exception {
        OfficialAccount a = account("Аккаунт при смене ключа");
        smm.call(() -> accounts.storeCredentials(a.getId(), Map.of(CredentialField.PASSWORD, "Before-Rotation-1")));
        Path file = vault.keyFile();
        Path kept = file.resolveSibling("keyset.kept-by-test");
        Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.delete(file);
            vault.reload();
            assertThatThrownBy(() -> smm.call(() -> accounts.reveal(a.getId(), CredentialField.PASSWORD)))
                    .isInstanceOf(VaultUnavailable.class).extracting(e -> ((RequestRefused) e).key())
                    .isEqualTo("error.vault.key-missing");
            // no new key is made while secrets exist that it could never open
            assertThatThrownBy(() -> smm.call(() -> accounts.storeCredentials(a.getId(),
                    Map.of(CredentialField.LOGIN, "x")))).isInstanceOf(VaultUnavailable.class);

            CredentialCipher.create(file); // somebody else's key
            vault.reload();
            assertThatThrownBy(() -> smm.call(() -> accounts.reveal(a.getId(), CredentialField.PASSWORD)))
                    .isInstanceOf(VaultUnavailable.class).extracting(e -> ((RequestRefused) e).key())
                    .isEqualTo("error.vault.key-mismatch");
        } finally {
            Files.move(kept, file, StandardCopyOption.REPLACE_EXISTING);
            vault.reload();
        }
        String before = storedCiphers(a.getId()).get(1);
        int reencrypted = As.admin(() -> accounts.rotateKey());
        assertThat(reencrypted).isGreaterThanOrEqualTo(1);
        assertThat(storedCiphers(a.getId()).get(1)).isNotEqualTo(before);
        vault.reload(); // read back from the file, as after a restart
        assertThat(smm.call(() -> accounts.reveal(a.getId(), CredentialField.PASSWORD))).isEqualTo("Before-Rotation-1");
        assertThatThrownBy(() -> team.curator().call(() -> accounts.rotateKey())).isInstanceOf(EJBAccessException.class);
    }
}
