package ru.otklik.socialaccount.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.otklik.socialaccount.entity.CredentialField;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vault's cryptography (R2.2) on its own: Tink AES-256-GCM with the key set in a file. */
class CredentialCipherTest {

    @TempDir
    Path dir;

    @Test
    void theSamePasswordEncryptsDifferentlyEachTimeAndPerRecordAndNeverInClear() {
        CredentialCipher cipher = CredentialCipher.create(dir.resolve("keyset.json"));
        String password = "Pa$$word-Otklik-2026";
        String a = cipher.encrypt(1, CredentialField.PASSWORD, password);
        String b = cipher.encrypt(1, CredentialField.PASSWORD, password);
        String c = cipher.encrypt(2, CredentialField.PASSWORD, password);

        assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
        for (String s : new String[]{a, b, c}) {
            assertThat(s).doesNotContain(password);
            assertThat(new String(Base64.getDecoder().decode(s), StandardCharsets.ISO_8859_1)).doesNotContain(password);
        }
        assertThat(cipher.decrypt(1, CredentialField.PASSWORD, a)).isEqualTo(password);
        assertThat(cipher.decrypt(2, CredentialField.PASSWORD, c)).isEqualTo(password);
    }

    @Test
    void aCiphertextMovedToAnotherAccountOrFieldDoesNotOpen() {
        CredentialCipher cipher = CredentialCipher.create(dir.resolve("keyset.json"));
        String a = cipher.encrypt(1, CredentialField.PASSWORD, "secret");

        assertThatThrownBy(() -> cipher.decrypt(2, CredentialField.PASSWORD, a))
                .isInstanceOf(VaultUnavailable.class).hasMessageContaining("error.vault.key-mismatch");
        assertThatThrownBy(() -> cipher.decrypt(1, CredentialField.LOGIN, a))
                .isInstanceOf(VaultUnavailable.class);
    }

    @Test
    void aWrongKeyFailsClearlyAndNeverGivesGarbage() {
        CredentialCipher right = CredentialCipher.create(dir.resolve("right.json"));
        CredentialCipher wrong = CredentialCipher.create(dir.resolve("wrong.json"));
        String stored = right.encrypt(7, CredentialField.LOGIN, "admin@sovet.ru");

        assertThatThrownBy(() -> wrong.decrypt(7, CredentialField.LOGIN, stored))
                .isInstanceOf(VaultUnavailable.class)
                .satisfies(e -> assertThat(((VaultUnavailable) e).key()).isEqualTo("error.vault.key-mismatch"))
                .satisfies(e -> assertThat(((VaultUnavailable) e).status()).isEqualTo(503));
        assertThatThrownBy(() -> right.decrypt(7, CredentialField.LOGIN, "not base64 at all!"))
                .isInstanceOf(VaultUnavailable.class);
    }

    @Test
    void aMissingOrDamagedKeyFileIsSaidAsSuch() throws Exception {
        Path missing = dir.resolve("nowhere/keyset.json");
        assertThatThrownBy(() -> CredentialCipher.load(missing))
                .isInstanceOf(VaultUnavailable.class)
                .satisfies(e -> assertThat(((VaultUnavailable) e).key()).isEqualTo("error.vault.key-missing"))
                .hasMessageContaining(missing.toString());

        Path damaged = dir.resolve("damaged.json");
        Files.writeString(damaged, "{\"primaryKeyId\": 1, \"key\": []");
        assertThatThrownBy(() -> CredentialCipher.load(damaged))
                .isInstanceOf(VaultUnavailable.class)
                .satisfies(e -> assertThat(((VaultUnavailable) e).key()).isEqualTo("error.vault.key-unreadable"));
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnlyAndLoadsBack() throws Exception {
        Path file = dir.resolve("vault/keyset.json");
        CredentialCipher made = CredentialCipher.create(file);
        String stored = made.encrypt(3, CredentialField.RECOVERY, "коды: 1234 5678");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(CredentialCipher.load(file).decrypt(3, CredentialField.RECOVERY, stored)).isEqualTo("коды: 1234 5678");
        // create never overwrites an existing key set
        assertThat(CredentialCipher.create(file).decrypt(3, CredentialField.RECOVERY, stored)).isEqualTo("коды: 1234 5678");
    }

    @Test
    void rotationAddsAPrimaryKeyKeepsTheOldOneForReadingAndBacksUpTheFile() throws Exception {
        Path file = dir.resolve("keyset.json");
        CredentialCipher first = CredentialCipher.create(file);
        String old = first.encrypt(5, CredentialField.PASSWORD, "old-secret");

        CredentialCipher second = first.rotated(file, "20261129-120000");

        assertThat(second.keys()).isEqualTo(2);
        assertThat(second.primaryKeyId()).isNotEqualTo(first.primaryKeyId());
        assertThat(second.decrypt(5, CredentialField.PASSWORD, old)).isEqualTo("old-secret");
        String renewed = second.encrypt(5, CredentialField.PASSWORD, "old-secret");
        assertThatThrownBy(() -> first.decrypt(5, CredentialField.PASSWORD, renewed))
                .isInstanceOf(VaultUnavailable.class);
        assertThat(CredentialCipher.load(file).decrypt(5, CredentialField.PASSWORD, renewed)).isEqualTo("old-secret");
        assertThat(dir.resolve("keyset.json.20261129-120000")).exists();
        assertThat(CredentialCipher.load(dir.resolve("keyset.json.20261129-120000")).primaryKeyId())
                .isEqualTo(first.primaryKeyId());
    }
}
