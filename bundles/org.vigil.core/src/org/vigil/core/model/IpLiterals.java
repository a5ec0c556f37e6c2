package org.vigil.core.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises IPv4 and IPv6 literals. Never resolves a host name: typing and indexing millions of
 * values must not turn into DNS lookups.
 */
public final class IpLiterals {

    private static final Pattern IPV4 = Pattern
            .compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int IPV6_FULL_COLONS = 7;
    private static final int IPV4_PARTS = 4;
    private static final int MIN_IPV4_LENGTH = "0.0.0.0".length();
    private static final int MAX_IPV4_LENGTH = "255.255.255.255".length();
    private static final int MAX_OCTET = 255;
    private static final int MAX_OCTET_DIGITS = 3;
    private static final int IPV4_BITS = 32;
    private static final int IPV6_BITS = 128;

    private IpLiterals() {
    }

    /**
     * An address or a CIDR block as a query names it, in the form engines take: the address in its
     * canonical form, the prefix no longer than the family's. Added in package version 1.1.0.
     *
     * @param text an address ({@code 10.0.0.5}) or a block ({@code 10.0.0.0/8}, {@code fd00::/8})
     * @return the normalised text, or empty when it is neither
     */
    public static Optional<String> block(String text) {
        int slash = text.indexOf('/');
        Optional<String> address = parse(slash < 0 ? text : text.substring(0, slash)).map(InetAddress::getHostAddress);
        if (slash < 0 || address.isEmpty()) {
            return address;
        }
        int bits = address.get().contains(":") ? IPV6_BITS : IPV4_BITS; //$NON-NLS-1$
        String prefix = text.substring(slash + 1).strip();
        return prefix.matches("\\d{1,3}") && Integer.parseInt(prefix) <= bits //$NON-NLS-1$
                ? Optional.of(address.get() + '/' + prefix) : Optional.empty();
    }

    /**
     * @param text a value, surrounding spaces allowed
     * @return the address it writes, if it is an IPv4 or IPv6 literal
     */
    public static Optional<InetAddress> parse(String text) {
        String candidate = text.strip();
        byte[] ipv4 = dottedQuad(candidate);
        if (ipv4 != null) {
            return Optional.of(fromBytes(ipv4));
        }
        // The scope (fe80::1%eth0) names a local interface that need not exist here.
        String address = candidate.indexOf('%') < 0 ? candidate : candidate.replaceFirst("%.*", "");
        if (!IPV4.matcher(address).matches() && !looksLikeIpv6(address)) {
            return Optional.empty();
        }
        try {
            // Only literals reach this point, which InetAddress parses without a lookup.
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the IPv4 literals that {@code IPV4} matches (four decimal parts up to 255, no leading
     * zero) without a regular expression: every IP value imported or searched comes through here.
     *
     * @return the four bytes, or {@code null} when the text is not such a literal
     */
    private static byte[] dottedQuad(String text) {
        if (text.length() < MIN_IPV4_LENGTH || text.length() > MAX_IPV4_LENGTH) {
            return null;
        }
        byte[] bytes = new byte[IPV4_PARTS];
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || part == IPV4_PARTS || value > MAX_OCTET) {
                    return null;
                }
                bytes[part++] = (byte) value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && (digits == 0 || value > 0) && digits < MAX_OCTET_DIGITS) {
                value = value * 10 + c - '0';
                digits++;
            } else {
                return null;
            }
        }
        return part == IPV4_PARTS ? bytes : null;
    }

    private static InetAddress fromBytes(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            // Only an address of the wrong length is refused, and four bytes is right.
            throw new IllegalStateException(e);
        }
    }

    private static boolean looksLikeIpv6(String text) {
        // The colon count keeps clock times such as 08:15:03 out.
        long colons = text.chars().filter(c -> c == ':').count();
        return IPV6_CHARACTERS.matcher(text).matches() && (text.contains("::") || colons == IPV6_FULL_COLONS);
    }
}
