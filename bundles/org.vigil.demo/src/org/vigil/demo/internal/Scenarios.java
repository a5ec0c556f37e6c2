package org.vigil.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.vigil.core.model.Event;
import org.vigil.demo.DemoSettings;
import org.vigil.demo.internal.DemoWorld.Agency;
import org.vigil.demo.internal.DemoWorld.Attacker;
import org.vigil.demo.internal.DemoWorld.CommandServer;
import org.vigil.demo.internal.DemoWorld.Host;

/**
 * Turns an event index into an event: picks what happens (weighted like a real SOC's feed, where
 * ordinary traffic dominates), when it happens (office hours in Vietnam for people, any hour for
 * machines) and fills ECS fields for it.
 */
public final class Scenarios {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] DNS_NAMES = { "dichvucong.gov.vn", "mail.demo-province.gov.vn", "update.microsoft.com",
            "www.google.com", "zalo.me", "vnexpress.net", "thuvienphapluat.vn", "ocsp.digicert.com" };
    private static final String[] USERS = { "nguyenvana", "tranthib", "lequangc", "phamthid", "hoangvane", "vuthif",
            "dangvang", "buithih", "administrator", "admin", "ketoan", "vanthu" };
    private static final String[] AUTH_SERVICES = { "ssh", "rdp", "vpn", "webmail" };
    private static final int[] SCANNED_PORTS = { 22, 23, 80, 443, 445, 1433, 3306, 3389, 5900, 8080, 8443, 9200 };
    private static final String[] SCAN_RULES = { "ET SCAN Suspicious inbound to MSSQL port 1433",
            "ET SCAN NMAP -sS window 1024", "ET SCAN Potential SSH Scan", "ET SCAN Behavioral Unusual Port 445 traffic",
            "ET SCAN Zmap User-Agent (Inbound)" };
    private static final String[][] WEB_ATTACKS = {
        { "/index.php?id=1%27%20OR%20%271%27=%271", "SQL injection attempt", "sqlmap/1.8.4#stable" },
        { "/tin-tuc/../../../../etc/passwd", "Path traversal attempt", "Mozilla/5.0 Nikto/2.5.0" },
        { "/tim-kiem?q=%3Cscript%3Ealert(1)%3C/script%3E", "Cross-site scripting attempt", "Mozilla/5.0" },
        { "/wp-login.php", "WordPress brute force", "python-requests/2.32.3" },
        { "/.env", "Sensitive file probe", "curl/8.5.0" },
        { "/cgi-bin/luci/;stok=/locale?form=country", "Remote code execution attempt", "Mozilla/5.0 zgrab/0.x" } };
    private static final String[][] VULNERABILITIES = {
        { "CVE-2017-0144", "critical", "9.8", "SMBv1 remote code execution (EternalBlue)" },
        { "CVE-2019-0708", "critical", "9.8", "Remote Desktop Services remote code execution (BlueKeep)" },
        { "CVE-2021-34527", "high", "8.8", "Windows Print Spooler remote code execution (PrintNightmare)" },
        { "CVE-2023-23397", "critical", "9.8", "Microsoft Outlook elevation of privilege" },
        { "CVE-2021-44228", "critical", "10.0", "Apache Log4j2 remote code execution (Log4Shell)" },
        { "CVE-2022-30190", "high", "7.8", "Microsoft Support Diagnostic Tool remote code execution (Follina)" },
        { "CVE-2020-1472", "critical", "10.0", "Netlogon elevation of privilege (Zerologon)" },
        { "CVE-2024-21413", "critical", "9.8", "Microsoft Outlook remote code execution (MonikerLink)" },
        { "CVE-2016-2183", "medium", "7.5", "TLS 64-bit block cipher (SWEET32)" } };
    private static final String[] C2_RULES = { "ET MALWARE Cobalt Strike Beacon Observed",
            "ET MALWARE PlugX CnC Beacon" };

    private final DemoWorld world;
    private final DemoSettings settings;

    /**
     * @param world the cast
     * @param settings the seed, time span and size
     */
    public Scenarios(DemoWorld world, DemoSettings settings) {
        this.world = world;
        this.settings = settings;
    }

    /**
     * @param index the event's index
     * @return the event, computed from the seed and the index only
     */
    public Event event(int index) {
        SplittableRandom random = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + index);
        Map<String, Object> fields = new LinkedHashMap<>();
        int roll = random.nextInt(100);
        boolean human;
        if (roll < 50) {
            human = background(random, fields);
        } else if (roll < 68) {
            human = authentication(random, fields);
        } else if (roll < 78) {
            human = scan(random, fields);
        } else if (roll < 84) {
            human = webAttack(random, fields);
        } else if (roll < 94) {
            human = vulnerability(random, fields);
        } else {
            human = commandAndControl(random, fields);
        }
        return new Event(String.format("demo-%d-%d", settings.seed(), index), when(random, human), fields);
    }

    private Instant when(SplittableRandom random, boolean officeHours) {
        LocalDate firstDay = LocalDate.ofInstant(settings.start(), VIETNAM);
        long days = Math.max(1, Duration.between(settings.start(), settings.end()).toDays() + 1);
        long secondOfDay = officeHours && random.nextInt(10) < 8
                ? Duration.ofHours(8 + random.nextInt(9)).toSeconds() + random.nextInt(3600)
                : random.nextInt(86_400);
        Instant when = firstDay.plusDays(random.nextLong(days)).atStartOfDay(VIETNAM).toInstant()
                .plusSeconds(secondOfDay);
        // The first and last days are partial: an instant that falls outside is drawn again uniformly.
        return settings.start().isAfter(when) || !when.isBefore(settings.end())
                ? settings.start().plusSeconds(random.nextLong(Math.max(1, settings.span().toSeconds())))
                : when;
    }

    private boolean background(SplittableRandom random, Map<String, Object> fields) {
        Host host = pick(random, world.hosts());
        int kind = random.nextInt(3);
        put(fields, host.agency(), kind == 0 ? "zeek.dns" : kind == 1 ? "zeek.http" : "firewall.traffic", "event");
        fields.put("event.category", "network");
        fields.put("source.ip", host.ip());
        fields.put("host.name", host.name());
        if (kind == 0) {
            fields.put("event.action", "dns-query");
            fields.put("destination.ip", host.agency().resolverIp());
            fields.put("destination.port", 53L);
            fields.put("network.transport", "udp");
            fields.put("dns.question.name", pick(random, DNS_NAMES));
        } else {
            fields.put("event.action", kind == 1 ? "http-request" : "allow");
            fields.put("destination.ip", DemoWorld.publicIp(random));
            fields.put("destination.port", random.nextBoolean() ? 443L : 80L);
            fields.put("network.transport", "tcp");
            fields.put("network.bytes", 200L + random.nextInt(2_000_000));
            if (kind == 1) {
                fields.put("url.domain", pick(random, DNS_NAMES));
                fields.put("http.request.method", random.nextInt(5) == 0 ? "POST" : "GET");
                fields.put("http.response.status_code", random.nextInt(20) == 0 ? 404L : 200L);
            }
        }
        return true;
    }

    private boolean authentication(SplittableRandom random, Map<String, Object> fields) {
        Agency agency = pick(random, world.agencies());
        boolean bruteForce = random.nextInt(3) == 0;
        boolean failed = bruteForce || random.nextInt(4) == 0;
        put(fields, agency, "auth.log", "event");
        String service = pick(random, AUTH_SERVICES);
        fields.put("event.category", "authentication");
        fields.put("event.action", failed ? "logon-failed" : "logon");
        fields.put("event.outcome", failed ? "failure" : "success");
        fields.put("service.name", service);
        fields.put("user.name", bruteForce ? pick(random, new String[] { "admin", "administrator", "root", "test" })
                : pick(random, USERS));
        fields.put("source.ip", bruteForce ? pick(random, world.scanners()).ip() : pick(random, agency.hosts()).ip());
        fields.put("destination.ip", agency.portalIp());
        fields.put("host.name", agency.code() + "-srv-01");
        fields.put("message", (failed ? "Failed " : "Accepted ") + service + " logon for "
                + fields.get("user.name") + " from " + fields.get("source.ip"));
        return !bruteForce;
    }

    private boolean scan(SplittableRandom random, Map<String, Object> fields) {
        Attacker scanner = pick(random, world.scanners());
        Agency agency = pick(random, world.agencies());
        put(fields, agency, "suricata.alert", "alert");
        fields.put("event.category", "network");
        fields.put("event.action", "port-scan");
        fields.put("event.severity", 2L);
        fields.put("rule.name", pick(random, SCAN_RULES));
        fields.put("source.ip", scanner.ip());
        fields.put("source.geo.country_iso_code", scanner.country());
        fields.put("destination.ip", agency.portalIp());
        fields.put("destination.port", (long) SCANNED_PORTS[random.nextInt(SCANNED_PORTS.length)]);
        fields.put("network.transport", "tcp");
        return false;
    }

    private boolean webAttack(SplittableRandom random, Map<String, Object> fields) {
        Agency agency = pick(random, world.agencies());
        String[] attack = WEB_ATTACKS[random.nextInt(WEB_ATTACKS.length)];
        put(fields, agency, "waf.alert", "alert");
        fields.put("event.category", "web");
        fields.put("event.action", "web-attack");
        fields.put("event.severity", 3L);
        fields.put("rule.name", attack[1]);
        fields.put("source.ip", random.nextBoolean() ? pick(random, world.scanners()).ip() : DemoWorld.publicIp(random));
        fields.put("destination.ip", agency.portalIp());
        fields.put("destination.port", 443L);
        fields.put("url.domain", agency.portal());
        fields.put("url.original", "https://" + agency.portal() + attack[0]);
        fields.put("http.request.method", attack[0].contains("wp-login") ? "POST" : "GET");
        fields.put("http.response.status_code", 403L);
        fields.put("user_agent.original", attack[2]);
        return false;
    }

    private boolean vulnerability(SplittableRandom random, Map<String, Object> fields) {
        Host host = pick(random, world.vulnerableHosts());
        String[] finding = VULNERABILITIES[random.nextInt(VULNERABILITIES.length)];
        put(fields, host.agency(), "vulnerability.scan", "state");
        fields.put("event.category", "vulnerability");
        fields.put("event.action", "vulnerability-found");
        fields.put("host.name", host.name());
        fields.put("host.ip", host.ip());
        fields.put("vulnerability.id", finding[0]);
        fields.put("vulnerability.severity", finding[1]);
        fields.put("vulnerability.score.base", Double.parseDouble(finding[2]));
        fields.put("vulnerability.description", finding[3]);
        return true;
    }

    private boolean commandAndControl(SplittableRandom random, Map<String, Object> fields) {
        int which = random.nextInt(world.compromisedHosts().size());
        Host host = world.compromisedHosts().get(which);
        CommandServer server = world.commandServers().get(which);
        put(fields, host.agency(), "suricata.alert", "alert");
        fields.put("event.category", "malware");
        fields.put("event.action", "c2-connection");
        fields.put("event.severity", 1L);
        fields.put("rule.name", C2_RULES[which]);
        fields.put("threat.software.name", server.family());
        fields.put("source.ip", host.ip());
        fields.put("host.name", host.name());
        fields.put("destination.ip", server.ip());
        fields.put("destination.domain", server.domain());
        fields.put("destination.port", (long) server.port());
        fields.put("network.transport", "tcp");
        return false;
    }

    private static void put(Map<String, Object> fields, Agency agency, String dataset, String kind) {
        fields.put("event.dataset", dataset);
        fields.put("event.kind", kind);
        fields.put("organization.name", agency.name());
        fields.put("labels.agency", agency.code());
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
