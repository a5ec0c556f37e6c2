package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.model.TimeRange;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.internal.FieldMappings;
import org.vigil.events.dsl.DslFields;
import org.vigil.events.dsl.QueryDsl;
import org.vigil.query.KqlParser;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Parses, translates and runs on the plain node one KQL query for each rule of docs/QUERY.md, and
 * holds each to the events worked out by hand from the table in {@link QueryCorpus}.
 */
class QuerySemanticsTest {

    private static final TimeRange RANGE = new TimeRange(Instant.parse(QueryCorpus.FROM),
            Instant.parse(QueryCorpus.TO));
    private static final Instant NOW = Instant.parse("2026-11-23T10:30:00Z");
    private static final int ALL_HITS = 100;

    @SuppressWarnings("unchecked")
    private static final Class<Map<String, Object>> SOURCE = (Class<Map<String, Object>>) (Class<?>) Map.class;

    private static ElasticsearchConnection connection;
    private static QueryCorpus corpus;
    private static QueryDsl translator;

    @BeforeAll
    static void createCorpus() throws Exception {
        connection = EsNodes.connector().open(EsNodes.plain());
        corpus = QueryCorpus.create(connection);
        DslFields fields = FieldMappings.fromMapping(connection
                .call(client -> client.indices().getMapping(get -> get.index(corpus.name()))).get(corpus.name())
                .mappings());
        translator = new QueryDsl(fields, NOW, "@timestamp");
    }

    @AfterAll
    static void deleteCorpus() throws Exception {
        if (corpus != null) {
            corpus.close();
        }
        if (connection != null) {
            connection.close();
        }
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                // keyword: exact and case-sensitive, phrase exact, wildcard over the whole value
                arguments("event.action:logon-failed", "01", "02", "17"),
                arguments("event.action:\"Logon-Failed\"", "07"),
                arguments("event.action:logon-*", "01", "02", "03", "04", "17", "18"),
                // boolean: exact, and a wildcard over the whole value
                arguments("event.success:false", "01", "02", "07", "11", "12", "17", "21", "22", "26"),
                arguments("event.success:t*", "03-06", "08-10", "13-16", "18-20", "23-25", "28"),
                // text: any analysed word, phrase of the words, lower-cased pattern per word
                arguments("message:failed login", "01-04", "07", "17", "18", "26"),
                arguments("message:\"login succeeded\"", "03", "04", "18"),
                arguments("message:REPO*", "05", "06", "21"),
                arguments("message.keyword:\"Login succeeded\"", "03"),
                // numbers: exact, quoted or not; a fraction matches no whole number
                arguments("bytes:\"1000\"", "05", "21"),
                arguments("score:2", "14", "15"),
                arguments("bytes:1.5"),
                // date: the whole unit written, in UTC
                arguments("@timestamp:2026-11-01", "01-11"),
                arguments("@timestamp:\"2026-11-02T01\"", "13", "14"),
                // ip: an address or a CIDR block, IPv4 and IPv6
                arguments("source.ip:10.0.0.1", "01", "19", "20"),
                arguments("source.ip:10.0.0.0/8", "01-04", "07", "19", "20", "23-26"),
                arguments("source.ip:\"2001:db8::/32\"", "17", "18"),
                // exists
                arguments("user.name:*", "01-10", "14-26"),
                // ranges: numbers numerically, dates rounded by operator, IPs by address, keywords lexicographically
                arguments("bytes >= 1000", "05", "06", "13", "19", "20", "21", "25"),
                arguments("score < 1", "01", "07-12", "17", "18"),
                arguments("@timestamp > 2026-11-01T12", "10-28"),
                arguments("@timestamp <= 2026-11-01T12", "01-09"),
                arguments("@timestamp < 2026-11-01T12", "01-07"),
                arguments("source.ip < 10.0.0.0", "10"),
                arguments("host.name > web-2", "05", "06", "21", "22"),
                // boolean operators; not alone; match all; nested grouping
                arguments("not event.success:true", "01", "02", "07", "11", "12", "17", "21", "22", "26", "27"),
                arguments("event.action:firewall-drop or bytes > 4096", "11", "12", "13", "20", "25"),
                arguments("event.action:logon-* and not user.name:admin", "02", "03", "04", "17", "18"),
                arguments("user:{ name:alice and domain:CORP }", "03", "18"),
                arguments("*", "01-28"),
                // field patterns, bare terms across fields with lenient skipping, unknown fields
                arguments("*.ip:192.168.1.12", "05", "06", "13"),
                arguments("alice", "03", "05", "10", "17", "18"),
                arguments("1000", "05", "21", "23", "25"),
                arguments("no.such.field:x or event.action:backup", "25", "26"),
                arguments("not no.such.field:x", "01-28"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void findsTheEventsWorkedOutByHand(String kql, List<String> expected) throws Exception {
        String json = translator.translate(KqlParser.parse(kql), RANGE);
        Query query = Query.of(q -> q.withJson(new StringReader(json)));

        List<Hit<Map<String, Object>>> hits = connection.call(client -> client
                .search(search -> search.index(corpus.name()).query(query).size(ALL_HITS), SOURCE)).hits().hits();

        assertEquals(new TreeSet<>(expected), new TreeSet<>(hits.stream().map(Hit::id).toList()),
                kql + " -> " + json);
    }

    /** @param ids document numbers, {@code "03"} or a run {@code "03-06"} */
    private static Arguments arguments(String kql, String... ids) {
        List<String> expected = new ArrayList<>();
        for (String id : ids) {
            String[] run = id.split("-");
            int last = Integer.parseInt(run[run.length - 1]);
            for (int n = Integer.parseInt(run[0]); n <= last; n++) {
                expected.add(String.format("d%02d", n));
            }
        }
        return Arguments.of(kql, expected);
    }
}
