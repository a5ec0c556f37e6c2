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

    private IpLiterals() {
    }

    /**
     * @param text a value, surrounding spaces allowed
     * @return the address it writes, if it is an IPv4 or IPv6 literal
     */
    public static Optional<InetAddress> parse(String text) {
        String candidate = text.strip();
        // The scope (fe80::1%eth0) names a local interface that need not exist here.
        String address = candidate.replaceFirst("%.*", "");
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

    private static boolean looksLikeIpv6(String text) {
        // The colon count keeps clock times such as 08:15:03 out.
        long colons = text.chars().filter(c -> c == ':').count();
        return IPV6_CHARACTERS.matcher(text).matches() && (text.contains("::") || colons == IPV6_FULL_COLONS);
    }
}
