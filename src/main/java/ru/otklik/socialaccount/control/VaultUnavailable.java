package ru.otklik.socialaccount.control;

import jakarta.ejb.ApplicationException;
import ru.otklik.base.control.RequestRefused;

import java.io.Serial;

/**
 * The vault's key is missing, unreadable or not the key the credentials were encrypted with.
 * Said as such (the UI in the user's language, the log with the key file's path), never answered
 * with garbage; nothing is written.
 */
@ApplicationException(rollback = true)
public class VaultUnavailable extends RequestRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public VaultUnavailable(String key, Object... args) {
        super(key, args);
    }

    /** A server's configuration problem, not the user's: 503 for APIs. */
    @Override
    public int status() {
        return 503;
    }
}
