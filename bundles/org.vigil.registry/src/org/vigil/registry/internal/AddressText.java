package org.vigil.registry.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

import org.vigil.core.model.IpLiterals;

/**
 * Reads addresses out of event text for the matcher. IPv4, by far the most frequent, is parsed
 * by hand: the general {@link IpLiterals} (a regular expression, then {@link InetAddress}) costs
 * about a microsecond, the whole budget of a lookup. IPv6 and anything unusual go through
 * {@code IpLiterals}, so that both accept the same literals.
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
     * @param text an address of any family
     * @return its bytes (4 or 16), if it is an IP literal
     */
    public static Optional<byte[]> bytes(String text) {
        return IpLiterals.parse(text).map(InetAddress::getAddress);
    }

    /**
     * @param address an address
     * @return whether it is IPv4 (an IPv4-mapped IPv6 literal reads as IPv4)
     */
    public static boolean isIpv4(InetAddress address) {
        return address instanceof Inet4Address;
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
