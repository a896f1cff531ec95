package ru.otklik.socialaccount.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Where the vault's key set lives and the one cipher built from it, for the whole installation.
 * The file is {@code OTKLIK_VAULT_KEY_FILE}, by default {@code <OTKLIK_DATA_DIR>/vault/keyset.json}
 * (next to the default H2 database, never inside the database). A key set is made on first use
 * only while no credential is stored anywhere; once credentials exist, a missing file is an error
 * (a new key could never open them).
 */
@ApplicationScoped
public class Vault {

    private static final Logger LOG = Logger.getLogger(Vault.class);

    private volatile CredentialCipher cipher;

    /** The key file from the environment (a system property {@code otklik.vault.key-file} wins, for tests). */
    public Path keyFile() {
        String explicit = System.getProperty("otklik.vault.key-file", System.getenv("OTKLIK_VAULT_KEY_FILE"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit.strip());
        }
        String dataDir = System.getenv("OTKLIK_DATA_DIR");
        Path base = dataDir == null || dataDir.isBlank() ? Path.of(System.getProperty("user.home"), ".otklik")
                : Path.of(dataDir.strip());
        return base.resolve("vault").resolve("keyset.json");
    }

    /** The cipher for reading: the key file must exist. */
    public CredentialCipher forReading() {
        CredentialCipher c = cipher;
        if (c == null) {
            synchronized (this) {
                if (cipher == null) {
                    cipher = CredentialCipher.load(keyFile());
                }
                c = cipher;
            }
        }
        return c;
    }

    /** The cipher for writing: made with a new key set if none exists and nothing is stored yet. */
    public CredentialCipher forWriting(BooleanSupplier anythingStored) {
        if (cipher == null) {
            synchronized (this) {
                if (cipher == null) {
                    Path file = keyFile();
                    if (!Files.exists(file)) {
                        if (anythingStored.getAsBoolean()) {
                            throw new VaultUnavailable("error.vault.key-missing", file.toString());
                        }
                        LOG.infof("Credential vault: a new key set was made in %s. Back it up with the database"
                                + " (see README, Configuration): without it no stored password can be read.", file);
                    }
                    cipher = CredentialCipher.create(file);
                }
            }
        }
        return cipher;
    }

    /** Adds a new primary key (the old file kept as {@code keyset.json.<suffix>}) and uses it from now on. */
    public synchronized CredentialCipher rotate(String backupSuffix) {
        CredentialCipher next = forReading().rotated(keyFile(), backupSuffix);
        cipher = next;
        LOG.infof("Credential vault: key rotated, primary key id %d, %d keys kept", next.primaryKeyId(), next.keys());
        return next;
    }

    /** Forgets the loaded key set, so the next use reads the file again (after a restore, in tests). */
    public synchronized void reload() {
        cipher = null;
    }
}
