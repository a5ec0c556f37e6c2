package org.vigil.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.IpLiterals;
import org.vigil.registry.internal.AddressText;

/** The matcher's hand-written address parsers read every literal as the registry's validation does. */
class AddressTextTest {

    @Test
    void ipv4AgreesWithIpLiterals() {
        for (String text : new String[] { "0.0.0.0", "255.255.255.255", "10.1.2.3", "10.1.2", "10.1.2.3.4", "010.1.2.3",
                "10.1.2.256", "1.2.3.04", "a.b.c.d", "", "1..2.3", "1.2.3.", "1234.1.1.1" }) {
            Optional<InetAddress> expected = IpLiterals.parse(text).filter(Inet4Address.class::isInstance);
            long parsed = AddressText.ipv4(text, 0, text.length());
            assertEquals(expected.map(a -> AddressText.ipv4(a.getAddress())).orElse(AddressText.NOT_IPV4), parsed, text);
        }
    }

    @Test
    void ipv6AgreesWithIpLiteralsOnRandomAndOddLiterals() {
        SplittableRandom random = new SplittableRandom(85);
        for (int i = 0; i < 20_000; i++) {
            int[] groups = new int[8];
            for (int g = 0; g < 8; g++) {
                groups[g] = random.nextInt(4) == 0 ? 0 : random.nextInt(0x10000);
            }
            check(write(groups, random.nextInt(9), random.nextInt(4) == 0, random.nextBoolean()));
        }
        for (String text : new String[] { "::", "::1", "1::", "fe80::1%eth0", "::ffff:10.1.2.3", "::10.1.2.3",
                "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1", "1:", "1:::2", "12345::", "g::1", "1:2:3:4:5:6:7",
                "1::2:3:4:5:6:7:8", "::ffff:1.2.3.256", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "abc",
                "::ffff:0a01:0203" }) {
            check(text);
        }
    }

    private static void check(String text) {
        Optional<InetAddress> expected = IpLiterals.parse(text);
        long[] address = new long[2];
        boolean parsed = AddressText.ipv6(text, 0, text.length(), address);
        String got = !parsed ? "none"
                : AddressText.isIpv4Mapped(address[0], address[1]) ? "v4 " + (address[1] & 0xFFFFFFFFL)
                        : "v6 " + address[0] + " " + address[1];
        String want = expected.map(a -> a instanceof Inet4Address ? "v4 " + AddressText.ipv4(a.getAddress())
                : "v6 " + AddressText.half(a.getAddress(), 0) + " " + AddressText.half(a.getAddress(), 8)).orElse("none");
        assertEquals(want, got, text);
    }

    /** Writes groups with the zero run starting at {@code gapAt} compressed, hex case and an IPv4 tail varied. */
    private static String write(int[] groups, int gapAt, boolean ipv4Tail, boolean upper) {
        int gapEnd = gapAt;
        while (gapEnd < 8 && groups[gapEnd] == 0) {
            gapEnd++;
        }
        StringBuilder text = new StringBuilder();
        int last = ipv4Tail ? 6 : 8;
        for (int g = 0; g < last; g++) {
            if (g == gapAt && gapEnd > gapAt && gapEnd <= last) {
                text.append(g == 0 ? "::" : ":");
                g = gapEnd - 1;
                continue;
            }
            text.append(Integer.toHexString(groups[g])).append(g < last - 1 ? ":" : "");
        }
        if (ipv4Tail) {
            text.append(text.length() == 0 || text.charAt(text.length() - 1) == ':' ? "" : ":")
                    .append(groups[6] >>> 8).append('.').append(groups[6] & 0xFF).append('.').append(groups[7] >>> 8)
                    .append('.').append(groups[7] & 0xFF);
        }
        return upper ? text.toString().toUpperCase() : text.toString();
    }
}
