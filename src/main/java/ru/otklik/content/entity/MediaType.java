package ru.otklik.content.entity;

import java.util.Locale;
import java.util.Set;

/**
 * The kinds of file a post may carry, each recognised by its first bytes (its "magic number"),
 * never by its name alone, with a size limit that fits MariaDB's default 16 MB packet.
 */
public enum MediaType {
    JPEG("image/jpeg", 10, Set.of("jpg", "jpeg")),
    PNG("image/png", 10, Set.of("png")),
    GIF("image/gif", 10, Set.of("gif")),
    WEBP("image/webp", 10, Set.of("webp")),
    MP4("video/mp4", 15, Set.of("mp4", "m4v")),
    PDF("application/pdf", 10, Set.of("pdf"));

    private final String mime;
    private final int limitMb;
    private final Set<String> extensions;

    MediaType(String mime, int limitMb, Set<String> extensions) {
        this.mime = mime;
        this.limitMb = limitMb;
        this.extensions = extensions;
    }

    public String mime() {
        return mime;
    }

    public long limitBytes() {
        return limitMb * 1024L * 1024L;
    }

    public int limitMb() {
        return limitMb;
    }

    public boolean image() {
        return mime.startsWith("image/");
    }

    /** Whether a file name's extension is one of this type's. */
    public boolean named(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The type the bytes are, or {@code null} when they are none of the allowed ones. */
    public static MediaType sniff(byte[] head) {
        if (head == null || head.length < 12) {
            return null;
        }
        if ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if ((head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return PNG;
        }
        if (head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return GIF;
        }
        if (head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return WEBP;
        }
        if (head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return MP4;
        }
        if (head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return PDF;
        }
        return null;
    }
}
