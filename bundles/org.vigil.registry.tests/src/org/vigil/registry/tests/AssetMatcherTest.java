package org.vigil.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.registry.AssetKind;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.match.AssetMatcher;
import org.vigil.registry.match.EventTagger;
import org.vigil.registry.match.SystemRef;
import org.vigil.registry.testing.Samples;

/** The matcher: longest prefix for addresses, exact then wildcard for names, longest prefix for URLs. */
class AssetMatcherTest {

    private static InformationSystem system(String id, int level, AssetKind kind, String... values) {
        InformationSystem.Builder builder = Samples.system(id, "syt").toBuilder().level(level, "");
        for (String value : values) {
            builder.asset(kind, value);
        }
        return builder.build();
    }

    private static List<String> ids(List<SystemRef> refs) {
        return refs.stream().map(SystemRef::id).toList();
    }

    private final AssetMatcher matcher = AssetMatcher.of(List.of(
            system("net8", 1, AssetKind.CIDR, "10.0.0.0/8"), system("net16", 2, AssetKind.CIDR, "10.1.0.0/16"),
            system("net24", 2, AssetKind.CIDR, "10.1.2.0/24"), system("host", 3, AssetKind.IP, "10.1.2.3"),
            system("edge", 2, AssetKind.CIDR, "192.168.10.0/30", "255.255.255.255/32"),
            system("v6-48", 2, AssetKind.CIDR, "2001:db8:1::/48"), system("v6-64", 3, AssetKind.CIDR, "2001:db8:1:2::/64"),
            system("v6-host", 3, AssetKind.IP, "2001:db8:1:2::10"), system("v6-top", 1, AssetKind.CIDR, "ffff::/16"),
            system("apex", 2, AssetKind.DOMAIN, "example.gov.vn"), system("all", 1, AssetKind.DOMAIN, "*.example.gov.vn"),
            system("portal", 3, AssetKind.DOMAIN, "portal.example.gov.vn"),
            system("deep", 2, AssetKind.DOMAIN, "*.dept.example.gov.vn"),
            system("server", 2, AssetKind.HOSTNAME, "STC-SRV-01"),
            system("dvc", 3, AssetKind.URL, "https://dvc.example.gov.vn/portal"),
            system("dvc-admin", 3, AssetKind.URL, "https://dvc.example.gov.vn/portal/admin/")));

    @Test
    void addressesGoToTheMostSpecificNetwork() {
        assertEquals(List.of("host"), ids(matcher.address("10.1.2.3")));
        assertEquals(List.of("net24"), ids(matcher.address("10.1.2.4")));
        assertEquals(List.of("net24"), ids(matcher.address("10.1.2.0")));
        assertEquals(List.of("net24"), ids(matcher.address("10.1.2.255")));
        assertEquals(List.of("net16"), ids(matcher.address("10.1.3.0")));
        assertEquals(List.of("net16"), ids(matcher.address("10.1.1.255")));
        assertEquals(List.of("net16"), ids(matcher.address("10.1.255.255")));
        assertEquals(List.of("net8"), ids(matcher.address("10.2.0.0")));
        assertEquals(List.of("net8"), ids(matcher.address("10.255.255.255")));
        assertEquals(List.of(), ids(matcher.address("11.0.0.0")));
        assertEquals(List.of(), ids(matcher.address("9.255.255.255")));
    }

    @Test
    void networkEdgesAndTheEndOfTheAddressSpace() {
        assertEquals(List.of("edge"), ids(matcher.address("192.168.10.0")));
        assertEquals(List.of("edge"), ids(matcher.address("192.168.10.3")));
        assertEquals(List.of(), ids(matcher.address("192.168.10.4")));
        assertEquals(List.of(), ids(matcher.address("192.168.9.255")));
        assertEquals(List.of("edge"), ids(matcher.address("255.255.255.255")));
        assertEquals(List.of(), ids(matcher.address("255.255.255.254")));
        assertEquals(List.of(), ids(matcher.address("0.0.0.0")));
    }

    @Test
    void ipv6UsesItsOwnSpaceAndIpv4MappedAddressesReadAsIpv4() {
        assertEquals(List.of("v6-host"), ids(matcher.address("2001:db8:1:2::10")));
        assertEquals(List.of("v6-host"), ids(matcher.address("2001:DB8:1:2:0:0:0:10")));
        assertEquals(List.of("v6-64"), ids(matcher.address("2001:db8:1:2::11")));
        assertEquals(List.of("v6-64"), ids(matcher.address("2001:db8:1:2:ffff:ffff:ffff:ffff")));
        assertEquals(List.of("v6-48"), ids(matcher.address("2001:db8:1:3::")));
        assertEquals(List.of("v6-48"), ids(matcher.address("2001:db8:1:ffff:ffff:ffff:ffff:ffff")));
        assertEquals(List.of(), ids(matcher.address("2001:db8:2::")));
        assertEquals(List.of(), ids(matcher.address("2001:db8:0:ffff:ffff:ffff:ffff:ffff")));
        assertEquals(List.of("v6-top"), ids(matcher.address("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")));
        assertEquals(List.of("host"), ids(matcher.address("::ffff:10.1.2.3")));
    }

    @Test
    void textThatIsNotAnAddressMatchesNothing() {
        for (String text : new String[] { "", "10.1.2", "10.1.2.3.4", "010.1.2.3", "10.1.2.256", "10.1.2.3 ", "a.b.c.d",
                "1:2", "portal.example.gov.vn" }) {
            assertEquals(List.of(), matcher.address(text), text);
        }
    }

    @Test
    void namesGoToTheExactNameElseTheLongestWildcard() {
        assertEquals(List.of("portal"), ids(matcher.name("portal.example.gov.vn")));
        assertEquals(List.of("portal"), ids(matcher.name("PORTAL.Example.gov.vn.")));
        assertEquals(List.of("apex"), ids(matcher.name("example.gov.vn")));
        assertEquals(List.of("all"), ids(matcher.name("mail.example.gov.vn")));
        assertEquals(List.of("all"), ids(matcher.name("a.b.c.example.gov.vn")));
        assertEquals(List.of("all"), ids(matcher.name("dept.example.gov.vn")), "a wildcard does not cover its apex");
        assertEquals(List.of("deep"), ids(matcher.name("x.dept.example.gov.vn")));
        assertEquals(List.of("deep"), ids(matcher.name("y.x.dept.example.gov.vn")));
        assertEquals(List.of("server"), ids(matcher.name("stc-srv-01")));
        assertEquals(List.of(), ids(matcher.name("gov.vn")));
        assertEquals(List.of(), ids(matcher.name("example.gov.vn.evil.com")));
        assertEquals(List.of(), ids(matcher.name("notexample.gov.vn")));
    }

    @Test
    void urlsGoToTheLongestPathPrefixElseToTheirHost() {
        assertEquals(List.of("dvc"), ids(matcher.url("https://dvc.example.gov.vn/portal")));
        assertEquals(List.of("dvc"), ids(matcher.url("http://dvc.example.gov.vn:8080/portal/thu-tuc?id=1")));
        assertEquals(List.of("dvc-admin"), ids(matcher.url("https://user@DVC.example.gov.vn/portal/admin/users")));
        assertEquals(List.of("all"), ids(matcher.url("https://dvc.example.gov.vn/portalx")), "only at a / boundary");
        assertEquals(List.of("all"), ids(matcher.url("https://dvc.example.gov.vn")));
        assertEquals(List.of("portal"), ids(matcher.url("https://portal.example.gov.vn/tin-tuc/../../etc/passwd")));
        assertEquals(List.of("host"), ids(matcher.url("http://10.1.2.3:8443/login")));
        assertEquals(List.of("v6-host"), ids(matcher.url("http://[2001:db8:1:2::10]:80/")));
        assertEquals(List.of(), ids(matcher.url("https://elsewhere.vn/portal")));
        assertEquals(List.of(), ids(matcher.url("")));
    }

    @Test
    void anEventIsMatchedOnEveryAddressNameAndUrlFieldMostSensitiveFirst() {
        Event event = new Event("e", Instant.EPOCH, Map.of("source.ip", "203.0.113.9", "destination.ip", "10.1.2.4",
                "url.original", "https://portal.example.gov.vn/x", "host.name", List.of("stc-srv-01", "nothing"),
                "message", "10.1.2.3"));
        assertEquals(List.of("portal", "net24", "server"), ids(matcher.event(event)));
        assertEquals(List.of(), matcher.event(new Event("e", Instant.EPOCH, Map.of("source.ip", "203.0.113.9"))));
    }

    @Test
    void systemsClaimingTheSameAssetAreAllReturned() {
        AssetMatcher shared = AssetMatcher.of(List.of(system("a", 2, AssetKind.CIDR, "10.9.0.0/16"),
                system("b", 3, AssetKind.CIDR, "10.9.0.0/16"), system("c", 1, AssetKind.DOMAIN, "x.vn", "*.x.vn"),
                system("d", 1, AssetKind.DOMAIN, "x.vn")));
        assertEquals(List.of("b", "a"), ids(shared.address("10.9.1.1")));
        assertEquals(List.of("c", "d"), ids(shared.name("x.vn")));
        assertSame(shared.address("10.9.1.1"), shared.address("10.9.200.1"), "lookups share one immutable list");
    }

    @Test
    void theTaggerAddsTheSystemsAndTheHighestLevel() {
        EventTagger tagger = new EventTagger(matcher);
        Event untouched = new Event("u", Instant.EPOCH, Map.of("source.ip", "8.8.8.8"));
        assertSame(untouched, tagger.tag(untouched));
        Event tagged = tagger.tag(new Event("t", Instant.EPOCH, Map.of("source.ip", "10.1.2.3", "destination.ip",
                "10.9.9.9")));
        assertEquals(List.of("host", "net8"), tagged.get(EventTagger.ID));
        assertEquals(3L, tagged.get(EventTagger.LEVEL));
        Event single = tagger.tag(new Event("s", Instant.EPOCH, Map.of("url.domain", "portal.example.gov.vn")));
        assertEquals("portal", single.get(EventTagger.ID));
        assertEquals("Hệ thống portal", single.get(EventTagger.NAME));
    }

    @Test
    void anEventOfARegisteredAddressIsTaggedAndAnyOtherLeftAsItCame() {
        EventTagger tagger = new EventTagger(matcher);
        Event registered = new Event("a", Instant.EPOCH, Map.of("source.ip", "10.1.2.3"));
        Event elsewhere = new Event("b", Instant.EPOCH, Map.of("source.ip", "8.8.8.8"));
        assertEquals("host", tagger.tag(registered).get(EventTagger.ID));
        assertSame(elsewhere, tagger.tag(elsewhere));
        assertEquals(null, tagger.tag(elsewhere).get(EventTagger.ID));
    }

    @Test
    void eventsGetTheAnswersOfSingleLookupsWhetherTheTextWasSeenBeforeOrNot() {
        SplittableRandom random = new SplittableRandom(11);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            // Far more texts than remembered slots (8,192 a kind), so that texts replace each other
            // in them, and names too long to be remembered at all.
            pool.add(switch (i % 4) {
                case 0 -> "10.1." + random.nextInt(40) + "." + random.nextInt(256);
                case 1 -> "h" + random.nextInt(20_000) + ".example.gov.vn";
                case 2 -> "h" + random.nextInt(500) + ".a-department-with-a-long-name.example.gov.vn";
                default -> "192.168.10." + random.nextInt(8);
            });
        }
        for (int i = 0; i < 100_000; i++) {
            String text = new String(pool.get(random.nextInt(pool.size())));
            String field = text.endsWith(".vn") ? "url.domain" : "source.ip";
            List<SystemRef> expected = field.equals("url.domain") ? matcher.name(text) : matcher.address(text);
            assertEquals(expected, matcher.event(new Event("e", Instant.EPOCH, Map.of(field, text))), text);
        }
    }

    /** Random networks against a brute-force longest-prefix search, IPv4 and IPv6. */
    @Test
    void randomNetworksAgreeWithBruteForce() throws Exception {
        SplittableRandom random = new SplittableRandom(85);
        for (int bits : new int[] { 32, 128 }) {
            List<BigInteger[]> networks = new ArrayList<>();
            List<InformationSystem> systems = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int prefix = random.nextInt(bits / 4, bits + 1);
                BigInteger base = random(random, bits, bits == 32 ? 8 : 20).shiftRight(bits - prefix).shiftLeft(bits - prefix);
                networks.add(new BigInteger[] { base, BigInteger.valueOf(prefix), BigInteger.valueOf(i) });
                systems.add(system("n" + i, 1, AssetKind.CIDR, text(base, bits) + "/" + prefix));
            }
            AssetMatcher random4or6 = AssetMatcher.of(systems);
            for (int i = 0; i < 5_000; i++) {
                BigInteger address = random(random, bits, bits == 32 ? 8 : 20);
                List<String> expected = networks.stream()
                        .filter(n -> address.shiftRight(bits - n[1].intValue())
                                .equals(n[0].shiftRight(bits - n[1].intValue())))
                        .max((a, b) -> a[1].compareTo(b[1])).map(n -> {
                            int prefix = n[1].intValue();
                            return networks.stream().filter(m -> m[1].intValue() == prefix && m[0].equals(n[0]))
                                    .map(m -> "n" + m[2]).sorted().toList();
                        }).orElse(List.of());
                assertEquals(expected, ids(random4or6.address(text(address, bits))).stream().sorted().toList(),
                        text(address, bits));
            }
        }
    }

    /** A random address whose top bits come from a few values, so that networks nest and overlap often. */
    private static BigInteger random(SplittableRandom random, int bits, int topBits) {
        BigInteger top = BigInteger.valueOf(random.nextInt(4)).shiftLeft(bits - topBits);
        return top.or(new BigInteger(bits - topBits, new java.util.Random(random.nextLong())));
    }

    private static String text(BigInteger address, int bits) throws Exception {
        byte[] raw = address.toByteArray();
        byte[] bytes = new byte[bits / 8];
        for (int i = 0; i < Math.min(raw.length, bytes.length); i++) {
            bytes[bytes.length - 1 - i] = raw[raw.length - 1 - i];
        }
        return InetAddress.getByAddress(bytes).getHostAddress();
    }
}
