package org.vigil.opensearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceProfile;
import org.vigil.events.TopTerms;
import org.vigil.opensearch.FieldProfile;
import org.vigil.opensearch.OpenSearchConnection;
import org.vigil.opensearch.OpenSearchEventSource;
import org.vigil.query.KqlParser;

/**
 * Fifty alerts shaped like a Wazuh manager's (sshd, web, Windows logon, syscheck and rootcheck
 * rules; nested {@code rule}, {@code agent}, {@code data} objects; the compact {@code +0000}
 * offset Wazuh writes) in an index named and mapped like a Wazuh indexer's: the built-in profile
 * gives the columns, time field and top values an operator expects, all searchable.
 */
class WazuhAlertsTest {

    private static final TimeRange NOVEMBER = new TimeRange(Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"));
    private static final int ALERTS = 50;

    private static FieldProfile profile;
    private static OpenSearchConnection connection;
    private static OpenSearchEventSource wazuh;
    private static String index;

    @BeforeAll
    static void loadAlerts() throws Exception {
        index = OsNode.newIndex("wazuh-alerts-4.x-2026.11.19");
        OsNode.createWithMappings(index, fixture("wazuh-alerts-mappings.json"));
        OsNode.writeRaw(index, fixture("wazuh-alerts.ndjson").lines().toList());
        profile = FieldProfile.forIndexPattern(index).orElseThrow();
        connection = OpenSearchConnection.open("wazuh", OpenSearchConnection.Settings.of(OsNode.url()));
        wazuh = OpenSearchEventSource.of("wazuh", connection, profile);
    }

    @AfterAll
    static void drop() throws Exception {
        if (connection != null) {
            connection.close();
            OsNode.delete(index);
        }
    }

    @Test
    void theProfileOfWazuhIndicesIsFoundByTheirPattern() throws IOException {
        assertEquals("wazuh-alerts", profile.id());
        assertEquals("timestamp", profile.timestampField());
        assertEquals(List.of("agent.name", "rule.level", "rule.description", "rule.groups", "data.srcip", "data.srcuser",
                "rule.mitre.technique"), profile.columns());
        assertTrue(FieldProfile.forIndexPattern("wazuh-alerts-4.x-*").isPresent());
        assertTrue(FieldProfile.forIndexPattern("logs-*").isEmpty());
        assertTrue(FieldProfile.forIndexPattern("wazuh-alerts-*,logs-*").isEmpty(), "logs-* is not Wazuh's");
    }

    @Test
    void theSourceHandsTheProfileToTheWorkbenchThroughTheSdk() {
        SourceProfile shown = wazuh.profile();
        // Configured from sources.properties with an index of the pattern, without naming a profile.
        SourceProfile configured = new OpenSearchEventSource(new SourceDescriptor("wazuh2", "Wazuh", "opensearch", "x"),
                connection, "wazuh-alerts-4.x-*", "timestamp", Clock.systemUTC()).profile();
        SourceProfile other = OpenSearchEventSource.of("logs", connection, "logs-*").profile();

        assertEquals(profile.columns(), shown.columns());
        assertEquals(profile.topFields(), shown.topFields());
        assertEquals("rule.level", shown.severityField());
        assertEquals("rule.level", shown.firstTopField());
        assertEquals(shown, configured);
        assertTrue(other.isEmpty());
    }

    @Test
    void everyColumnAndTopFieldIsAMappedFieldWithWholeValues() throws Exception {
        Map<String, FieldInfo> fields = wazuh.fields(Cancellation.none()).stream()
                .collect(Collectors.toMap(FieldInfo::name, Function.identity()));

        for (String field : profile.columns()) {
            assertTrue(fields.containsKey(field) && fields.get(field).aggregatable(), field + " in " + fields.keySet());
        }
        for (String field : profile.topFields()) {
            assertTrue(fields.containsKey(field) && fields.get(field).aggregatable(), field);
        }
        assertEquals(FieldType.LONG, fields.get("rule.level").type());
        assertEquals(FieldType.DATE, fields.get("timestamp").type());
    }

    @Test
    void theNewestAlertComesFirstWithItsColumnsFilledIn() throws Exception {
        SearchPage page = wazuh.search(SearchRequest.newestFirst(query("*"), 10), Cancellation.none());

        assertEquals(ALERTS, page.total());
        Event newest = page.events().get(0);
        assertEquals(Instant.parse("2026-11-19T22:09:00.627Z"), newest.timestamp(), "the +0000 offset is read");
        assertEquals("mail-gw-01", newest.get("agent.name"));
        assertEquals(5L, newest.get("rule.level"));
        assertEquals("sshd: authentication failed.", newest.get("rule.description"));
        assertEquals(List.of("syslog", "sshd", "authentication_failed"), newest.get("rule.groups"));
        assertEquals("203.0.113.45", newest.get("data.srcip"));
    }

    @Test
    void topValuesAreWhatTheOperatorLooksFor() throws Exception {
        EventQuery all = query("*");

        assertEquals(List.of(new TopTerms.Term("5", 27), new TopTerms.Term("3", 8), new TopTerms.Term("7", 6)),
                wazuh.topTerms(all, "rule.level", 3, Cancellation.none()).terms());
        assertEquals(List.of(new TopTerms.Term("web-hcm-01", 27), new TopTerms.Term("mail-gw-01", 10)),
                wazuh.topTerms(all, "agent.name", 2, Cancellation.none()).terms());
        assertEquals(List.of(new TopTerms.Term("198.51.100.23", 10), new TopTerms.Term("203.0.113.45", 9)),
                wazuh.topTerms(all, "data.srcip", 2, Cancellation.none()).terms());
        TopTerms groups = wazuh.topTerms(all, "rule.groups", 3, Cancellation.none());
        assertEquals(List.of(new TopTerms.Term("sshd", 26), new TopTerms.Term("syslog", 26),
                new TopTerms.Term("authentication_failed", 21)), groups.terms());
        assertEquals(ALERTS, groups.withField());
    }

    @Test
    void aQueryOnRuleLevelAndGroupsCountsAsWazuhsDashboardWould() throws Exception {
        assertEquals(4, wazuh.count(query("rule.level >= 10"), Cancellation.none()));
        assertEquals(21, wazuh.count(query("rule.groups:authentication_failed"), Cancellation.none()));
        assertEquals(5, wazuh.count(query("rule.mitre.technique:\"Exploit Public-Facing Application\""),
                Cancellation.none()));
        assertEquals(7, wazuh.count(query("full_log:\"failed to log on\""), Cancellation.none()));
    }

    @Test
    void theHistogramOnTheAlertTimeHoldsEveryAlert() throws Exception {
        Histogram histogram = wazuh.histogram(query("*"), 30, ZoneOffset.ofHours(7), Cancellation.none());

        assertEquals(ALERTS, histogram.total());
    }

    private static EventQuery query(String kql) throws Exception {
        return new EventQuery(KqlParser.parse(kql), NOVEMBER);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = WazuhAlertsTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
