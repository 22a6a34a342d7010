package dev.readinglist.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The WHATWG URL standard's percent-encode sets, and UTF-8 percent-decoding. Every set holds the
 * C0 controls and everything above '~'; each adds its own ASCII characters.
 */
final class PercentEncoding {

    static final String FRAGMENT = " \"<>`";
    static final String QUERY = " \"#<>";
    static final String SPECIAL_QUERY = QUERY + "'";
    static final String PATH = QUERY + "?^`{}";
    static final String USERINFO = PATH + "/:;=@[\\]|";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** {@code text} with every character of the set, or outside printable ASCII, as %XX of its UTF-8. */
    static String encode(String text, String set) {
        int i = 0;
        while (i < text.length() && !needsEncoding(text.charAt(i), set)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!needsEncoding(c, set)) {
                out.append(c);
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isSurrogate((char) codePoint)) {
                codePoint = 0xFFFD; // a lone surrogate: UTF-8 has no bytes for it, the encoder writes U+FFFD
            }
            for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /** %XX sequences as bytes, then those bytes read as UTF-8 (bad sequences become U+FFFD). */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static boolean needsEncoding(char c, String set) {
        return c < 0x20 || c > 0x7E || set.indexOf(c) >= 0;
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
