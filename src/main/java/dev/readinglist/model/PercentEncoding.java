package dev.readinglist.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
            escape(codePoint, out);
        }
        return out.toString();
    }

    private static void escape(int codePoint, StringBuilder out) {
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
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

    /**
     * {@code text} with each %XX run that spells UTF-8 shown as its letters, as a browser's address bar does: a
     * run that is not UTF-8, ASCII (whose escapes carry meaning) and characters people cannot see or tell apart
     * from others (spaces, controls, bidi and other format characters) stay escaped.
     */
    static String decodeForPeople(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (hexByte(text, i) < 0x80) {
                out.append(text.charAt(i++));
                continue;
            }
            ByteArrayOutputStream run = new ByteArrayOutputStream();
            int end = i;
            for (int b = hexByte(text, end); b >= 0x80; b = hexByte(text, end)) {
                run.write(b);
                end += 3;
            }
            out.append(readable(run.toByteArray(), text.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    /** The bytes as UTF-8, each character shown only where people can read it; {@code escaped} where not UTF-8. */
    private static String readable(byte[] bytes, String escaped) {
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return escaped;
        }
        StringBuilder out = new StringBuilder(decoded.length());
        decoded.codePoints().forEach(codePoint -> {
            if (shownAsIs(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                escape(codePoint, out);
            }
        });
        return out.toString();
    }

    private static boolean shownAsIs(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** The byte of the %XX at {@code at}, or -1 when there is none there. */
    private static int hexByte(String text, int at) {
        if (at + 2 >= text.length() || text.charAt(at) != '%') {
            return -1;
        }
        int high = hex((byte) text.charAt(at + 1));
        int low = hex((byte) text.charAt(at + 2));
        return high < 0 || low < 0 || text.charAt(at + 1) > 0x7F || text.charAt(at + 2) > 0x7F ? -1 : high * 16 + low;
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
