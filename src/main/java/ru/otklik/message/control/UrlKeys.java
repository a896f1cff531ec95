package ru.otklik.message.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The key under which a post's link is compared for duplicates: the same post reached by
 * http/https, with or without "www." or "m.", a trailing slash or a "#fragment" is the same post.
 */
public final class UrlKeys {

    private UrlKeys() {
    }

    /** The normalised link, or {@code null} for a blank one. */
    public static String normalise(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String text = url.strip();
        try {
            URI uri = new URI(text);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            for (String prefix : new String[]{"www.", "m."}) {
                if (host.startsWith(prefix)) {
                    host = host.substring(prefix.length());
                }
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return host + path + query;
        } catch (URISyntaxException e) {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** SHA-256 of the normalised link, hex (64 characters), or {@code null}. */
    public static String key(String url) {
        String normal = normalise(url);
        if (normal == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only http(s) links are accepted as post and profile links: never javascript: or data:. */
    public static boolean isWebLink(String url) {
        if (url == null || url.isBlank()) {
            return true;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
