package ru.otklik.socialaccount.control;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import ru.otklik.socialaccount.entity.CredentialField;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The credential vault's cryptography (R2.2): Google Tink's AEAD with AES-256-GCM, the key set in
 * a JSON file outside the database. Every value is bound to its account and field through the
 * associated data, so a ciphertext moved to another row or field fails to decrypt; each
 * encryption draws a fresh nonce, so equal passwords give different ciphertexts.
 *
 * <p>Rotation adds a new primary key to the key set: new values use it, old ones still decrypt
 * (Tink's ciphertext names its key) until they are re-encrypted.
 */
public final class CredentialCipher {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final KeysetHandle keyset;
    private final Aead aead;

    private CredentialCipher(KeysetHandle keyset) throws GeneralSecurityException {
        this.keyset = keyset;
        this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    /** Reads the key set from its file; a missing, unreadable or malformed file is said as such. */
    public static CredentialCipher load(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new VaultUnavailable("error.vault.key-missing", file.toString());
        } catch (IOException e) {
            throw new VaultUnavailable("error.vault.key-unreadable", file.toString());
        }
        try {
            return new CredentialCipher(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new VaultUnavailable("error.vault.key-unreadable", file.toString());
        }
    }

    /** Makes a new key set and writes it to the file (owner read/write only); refuses to overwrite. */
    public static CredentialCipher create(Path file) {
        if (Files.exists(file)) {
            return load(file);
        }
        try {
            CredentialCipher cipher = new CredentialCipher(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
            cipher.write(file);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not make an AES-256-GCM key", e);
        }
    }

    /**
     * A new key set with a fresh primary key and every earlier key kept for decryption, written
     * over the file after the old file is kept beside it as {@code <file>.<suffix>}.
     */
    public CredentialCipher rotated(Path file, String backupSuffix) {
        try {
            KeysetHandle next = KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            if (Files.exists(file)) {
                Files.copy(file, file.resolveSibling(file.getFileName() + "." + backupSuffix),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            CredentialCipher cipher = new CredentialCipher(next);
            cipher.write(file);
            return cipher;
        } catch (GeneralSecurityException | IOException e) {
            throw new VaultUnavailable("error.vault.key-unwritable", file.toString());
        }
    }

    /** The id of the key new values are encrypted with. */
    public int primaryKeyId() {
        return keyset.getPrimary().getId();
    }

    /** How many keys the set holds (1 until the first rotation). */
    public int keys() {
        return keyset.size();
    }

    public String encrypt(long accountId, CredentialField field, String clear) {
        try {
            byte[] cipher = aead.encrypt(clear.getBytes(StandardCharsets.UTF_8), associatedData(accountId, field));
            return Base64.getEncoder().encodeToString(cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** The clear value; a key that is not the one used, or a changed ciphertext, is said as such. */
    public String decrypt(long accountId, CredentialField field, String cipher) {
        try {
            byte[] clear = aead.decrypt(Base64.getDecoder().decode(cipher), associatedData(accountId, field));
            return new String(clear, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new VaultUnavailable("error.vault.key-mismatch");
        }
    }

    private static byte[] associatedData(long accountId, CredentialField field) {
        return ("otklik/account-credential/" + accountId + "/" + field.name()).getBytes(StandardCharsets.US_ASCII);
    }

    private void write(Path file) throws GeneralSecurityException {
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".vault-", ".tmp");
            try {
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the directory's access rules apply
                }
                Files.writeString(temp, json, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new VaultUnavailable("error.vault.key-unwritable", file.toString());
        }
    }
}
