package ru.otklik.base.control;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Arrays;

/**
 * A boundary's refusal of a request for a reason the user can act on (a duplicate login, a
 * forbidden step). It names a translation key and its arguments, so each UI shows it in the
 * user's language; the English text built from the key is for logs and APIs. The transaction
 * is rolled back: nothing is half-written.
 */
@ApplicationException(rollback = true)
public class RequestRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;
    private final String parameter;

    public RequestRefused(String key, Object... args) {
        this(null, key, args);
    }

    /** A refusal caused by one named parameter or field (APIs report it as such). */
    public static RequestRefused ofParameter(String parameter, String key, Object... args) {
        return new RequestRefused(parameter, key, args);
    }

    private RequestRefused(String parameter, String key, Object[] args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = args.clone();
        this.parameter = parameter;
    }

    /** The HTTP status an API answers this refusal with: 400 unless a subclass knows better. */
    public int status() {
        return 400;
    }

    /** The parameter or field at fault, or {@code null}. */
    public String parameter() {
        return parameter;
    }

    /** The translation key, e.g. {@code error.login.taken}. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
