package org.vigil.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The cast of the demo, fixed by the seed: the province's agencies with their networks, hosts
 * and portals, the external scanners, the two compromised hosts and their command servers, and
 * the machines the vulnerability scanner finds something on.
 */
public final class DemoWorld {

    /** How many external addresses scan the province (as in one half-year report). */
    static final int SCANNERS = 84;
    /** How many machines have at least one vulnerability finding (as in the same report). */
    static final int VULNERABLE_HOSTS = 617;

    private static final String PROVINCE_DOMAIN = "demo-province.gov.vn";
    private static final int[] PUBLIC_FIRST_OCTETS = { 14, 27, 36, 42, 45, 58, 61, 80, 89, 91, 103, 112, 117,
            118, 123, 141, 159, 167, 175, 178, 185, 193, 195, 212, 217, 218, 221, 222 };
    private static final String[] COUNTRIES = { "CN", "RU", "US", "NL", "KR", "BR", "IN", "DE", "SG", "VN", "UA",
            "IR" };
    private static final String[][] AGENCIES = {
        { "stc", "Sở Tài chính" }, { "syt", "Sở Y tế" }, { "sgddt", "Sở Giáo dục và Đào tạo" },
        { "stttt", "Sở Thông tin và Truyền thông" }, { "skhdt", "Sở Kế hoạch và Đầu tư" },
        { "stnmt", "Sở Tài nguyên và Môi trường" }, { "sxd", "Sở Xây dựng" }, { "sgtvt", "Sở Giao thông vận tải" },
        { "snv", "Sở Nội vụ" }, { "stp", "Sở Tư pháp" }, { "sct", "Sở Công Thương" },
        { "snnptnt", "Sở Nông nghiệp và Phát triển nông thôn" }, { "vpubnd", "Văn phòng UBND tỉnh" },
        { "ttpvhcc", "Trung tâm Phục vụ hành chính công" }, { "ubnd-tp", "UBND thành phố" },
        { "ubnd-h1", "UBND huyện Đông Sơn" }, { "ubnd-h2", "UBND huyện Tây Hòa" }, { "ubnd-h3", "UBND huyện Nam Lộc" },
        { "ubnd-h4", "UBND huyện Bắc Giang Sơn" }, { "ubnd-tx", "UBND thị xã Hòa Bình" } };

    /** An agency of the province with its network. */
    record Agency(int number, String code, String name, String portal, List<Host> hosts) {
        /** @return the address of the agency's web portal server */
        String portalIp() {
            return "10." + number + ".1.10";
        }

        /** @return the address of the agency's DNS resolver */
        String resolverIp() {
            return "10." + number + ".1.53";
        }
    }

    /** A workstation or server inside an agency. */
    record Host(String name, String ip, Agency agency) {
    }

    /** An external server that compromised hosts call home to. */
    record CommandServer(String ip, String domain, int port, String family) {
    }

    /** An external address that attacks the province, and where it appears to come from. */
    record Attacker(String ip, String country) {
    }

    private final List<Agency> agencies = new ArrayList<>();
    private final List<Host> hosts = new ArrayList<>();
    private final List<Attacker> scanners = new ArrayList<>();
    private final List<Host> vulnerableHosts;
    private final List<Host> compromisedHosts;
    private final List<CommandServer> commandServers;

    /** @param seed fixes the whole cast */
    public DemoWorld(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < AGENCIES.length; i++) {
            Agency agency = new Agency(i + 1, AGENCIES[i][0], AGENCIES[i][1], AGENCIES[i][0] + "." + PROVINCE_DOMAIN,
                    new ArrayList<>());
            int hostCount = 50 + random.nextInt(60);
            for (int h = 0; h < hostCount; h++) {
                Host host = new Host(String.format("%s-pc-%03d", agency.code(), h + 1),
                        "10." + agency.number() + "." + (10 + h / 200) + "." + (10 + h % 200), agency);
                agency.hosts().add(host);
                hosts.add(host);
            }
            agencies.add(agency);
        }
        for (int i = 0; i < SCANNERS; i++) {
            scanners.add(new Attacker(publicIp(random), COUNTRIES[random.nextInt(COUNTRIES.length)]));
        }
        List<Host> shuffled = new ArrayList<>(hosts);
        shuffle(shuffled, random);
        vulnerableHosts = List.copyOf(shuffled.subList(0, Math.min(VULNERABLE_HOSTS, shuffled.size())));
        compromisedHosts = List.of(shuffled.get(shuffled.size() - 1), shuffled.get(shuffled.size() - 2));
        commandServers = List.of(new CommandServer(publicIp(random), "cdn-update-sync.example", 443, "Cobalt Strike"),
                new CommandServer(publicIp(random), "telemetry-gw.example", 8443, "PlugX"));
    }

    List<Agency> agencies() {
        return agencies;
    }

    List<Host> hosts() {
        return hosts;
    }

    List<Attacker> scanners() {
        return scanners;
    }

    List<Host> vulnerableHosts() {
        return vulnerableHosts;
    }

    List<Host> compromisedHosts() {
        return compromisedHosts;
    }

    List<CommandServer> commandServers() {
        return commandServers;
    }

    /** @return an address outside every private, loopback and reserved range */
    static String publicIp(SplittableRandom random) {
        return PUBLIC_FIRST_OCTETS[random.nextInt(PUBLIC_FIRST_OCTETS.length)] + "." + random.nextInt(256) + "."
                + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(j, list.set(i, list.get(j)));
        }
    }
}
