package org.vigil.registry.internal;

import java.net.InetAddress;
import java.util.Optional;

import org.vigil.core.model.IpLiterals;

/**
 * Reads addresses out of event text for the matcher, by hand and without allocating: the general
 * {@link IpLiterals} (regular expressions, then {@link InetAddress}) costs about a microsecond,
 * the whole budget of a lookup. The registry validates assets with {@code IpLiterals}; the tests
 * check that both read the same literals the same way.
 */
public final class AddressText {

    /** Returned by {@link #ipv4(CharSequence, int, int)} for text that is not an IPv4 address. */
    public static final long NOT_IPV4 = -1;

    private AddressText() {
    }

    /**
     * @param text holds the address
     * @param start its first character
     * @param end after its last character
     * @return the address as an unsigned 32-bit number, or {@link #NOT_IPV4}; leading zeros
     *         ({@code 010.1.1.1}) are refused, as {@code IpLiterals} refuses them
     */
    public static long ipv4(CharSequence text, int start, int end) {
        long address = 0;
        int parts = 0;
        int i = start;
        while (i < end && parts < 4) {
            int value = 0;
            int digits = 0;
            while (i < end && digits < 4 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                value = value * 10 + text.charAt(i++) - '0';
                digits++;
            }
            if (digits == 0 || digits > 3 || value > 255 || digits > 1 && text.charAt(i - digits) == '0') {
                return NOT_IPV4;
            }
            address = address << 8 | value;
            parts++;
            if (parts < 4 && (i >= end || text.charAt(i++) != '.')) {
                return NOT_IPV4;
            }
        }
        return parts == 4 && i == end ? address : NOT_IPV4;
    }

    /**
     * Reads an IPv6 literal: eight groups of one to four hex digits, one {@code ::} standing for
     * one or more zero groups, the last 32 bits possibly written as IPv4, a {@code %zone} ignored.
     *
     * @param text holds the address
     * @param start its first character
     * @param end after its last character
     * @param address receives the high and the low 64 bits
     * @return whether the text is an IPv6 literal
     */
    public static boolean ipv6(CharSequence text, int start, int end, long[] address) {
        int stop = start;
        while (stop < end && text.charAt(stop) != '%') {
            stop++;
        }
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = start;
        if (stop - i >= 2 && text.charAt(i) == ':' && text.charAt(i + 1) == ':') {
            gap = 0;
            i += 2;
        }
        while (i < stop) {
            int digits = 0;
            int value = 0;
            for (int hex; digits < 5 && i + digits < stop && (hex = Character.digit(text.charAt(i + digits), 16)) >= 0; digits++) {
                value = value << 4 | hex;
            }
            int next = i + digits;
            if (next < stop && text.charAt(next) == '.') {
                long ipv4 = ipv4(text, i, stop);
                if (ipv4 == NOT_IPV4 || count > 6) {
                    return false;
                }
                groups[count++] = (int) (ipv4 >>> 16);
                groups[count++] = (int) (ipv4 & 0xFFFF);
                // IpLiterals wants a :: with an IPv4 tail (it keeps clock times out by counting colons): so does the matcher.
                return gap >= 0 && count <= 7 && fill(groups, count, gap, address);
            }
            if (digits == 0 || digits > 4 || count == 8) {
                return false;
            }
            groups[count++] = value;
            if (next == stop) {
                i = stop;
                break;
            }
            if (text.charAt(next) != ':') {
                return false;
            }
            boolean doubleColon = next + 1 < stop && text.charAt(next + 1) == ':';
            if (doubleColon && gap >= 0 || !doubleColon && next + 1 == stop) {
                return false;
            }
            gap = doubleColon ? count : gap;
            i = next + (doubleColon ? 2 : 1);
        }
        return (gap < 0 ? count == 8 : count <= 7) && fill(groups, count, gap, address);
    }

    /** Expands the {@code ::} gap into zero groups and writes the 128 bits; always true. */
    private static boolean fill(int[] groups, int count, int gap, long[] address) {
        long high = 0;
        long low = 0;
        int zeros = 8 - count;
        for (int group = 0, read = 0; group < 8; group++) {
            long value = gap >= 0 && group >= gap && group < gap + zeros ? 0 : groups[read++];
            if (group < 4) {
                high = high << 16 | value;
            } else {
                low = low << 16 | value;
            }
        }
        address[0] = high;
        address[1] = low;
        return true;
    }

    /**
     * @param high the high 64 bits of an IPv6 address
     * @param low its low 64 bits
     * @return whether it is IPv4-mapped ({@code ::ffff:a.b.c.d}), which Java and the registry read as IPv4
     */
    public static boolean isIpv4Mapped(long high, long low) {
        return high == 0 && low >>> 32 == 0xFFFF;
    }

    /**
     * @param text an address of any family
     * @return its bytes (4 or 16), if it is an IP literal
     */
    public static Optional<byte[]> bytes(String text) {
        return IpLiterals.parse(text).map(InetAddress::getAddress);
    }


    /**
     * @param bytes 16 bytes of an IPv6 address
     * @param from 0 for the high 64 bits, 8 for the low ones
     * @return those bits as a number
     */
    public static long half(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = value << 8 | (bytes[i] & 0xFF);
        }
        return value;
    }

    /**
     * @param bytes 4 bytes of an IPv4 address
     * @return it as an unsigned 32-bit number
     */
    public static long ipv4(byte[] bytes) {
        return (bytes[0] & 0xFFL) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | bytes[3] & 0xFF;
    }
}
