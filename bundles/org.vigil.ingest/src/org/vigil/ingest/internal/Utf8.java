package org.vigil.ingest.internal;

import java.nio.charset.StandardCharsets;

/** Checks on UTF-8 bytes, so that a line is decoded only when it has to be. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Whether the bytes are well-formed UTF-8 (Unicode table 3-7): no overlong form, no surrogate,
     * nothing past U+10FFFF; exactly what the JDK's decoder takes without replacing anything.
     *
     * @param bytes an array
     * @param start the first byte checked
     * @param end the end of the bytes checked
     * @return whether decoding them would replace nothing
     */
    static boolean isWellFormed(byte[] bytes, int start, int end) {
        int i = start;
        while (i < end) {
            int lead = bytes[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            lead &= 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (lead < 0xC2) {
                return false;
            } else if (lead < 0xE0) {
                length = 2;
            } else if (lead < 0xF0) {
                length = 3;
                low = lead == 0xE0 ? 0xA0 : low;
                high = lead == 0xED ? 0x9F : high;
            } else if (lead < 0xF5) {
                length = 4;
                low = lead == 0xF0 ? 0x90 : low;
                high = lead == 0xF4 ? 0x8F : high;
            } else {
                return false;
            }
            if (i + length > end) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /**
     * Whether well-formed UTF-8 is blank as {@link String#isBlank()} sees its text: white space only.
     *
     * @param bytes an array
     * @param start the first byte
     * @param end the end of the bytes
     * @return whether they hold nothing but white space
     */
    static boolean isBlank(byte[] bytes, int start, int end) {
        boolean wide = false;
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b < 0) {
                wide = true;
            } else if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        // Characters beyond ASCII may be white space too (U+3000, say): rare enough to decode.
        return !wide || new String(bytes, start, end - start, StandardCharsets.UTF_8).isBlank();
    }

}
