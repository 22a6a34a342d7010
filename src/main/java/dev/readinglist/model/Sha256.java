package dev.readinglist.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, as hex: the catalog's, an exported note's, an imported note's, a library path's. */
public final class Sha256 {

    private Sha256() {}

    /** A fresh digest, for text read a piece at a time. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first {@code bytes} bytes of the digest of {@code data}, as hex: short keys need no more. */
    public static String hex(byte[] data, int bytes) {
        return HexFormat.of().formatHex(digest().digest(data), 0, bytes);
    }

    /** As {@link #hex(byte[], int)}, of the text's UTF-8. */
    public static String hex(String text, int bytes) {
        return hex(text.getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** The whole digest of {@code data}, as hex. */
    public static String hex(byte[] data) {
        return hex(data, 32);
    }
}
