package org.vigil.cli.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.apache.lucene.document.InetAddressPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;

/**
 * The queries of the benchmark, each as KQL, as the Lucene query a person would write by hand,
 * and as the Elasticsearch Query DSL Vigil's translator sends.
 *
 * @param name the row label
 * @param kql the query as the operator types it
 * @param lucene the hand-written Lucene query, without the time filter
 * @param dsl the Query DSL, without the time filter
 */
record BenchQueries(String name, String kql, Query lucene, String dsl) {

    /** @return the five queries of the issue */
    static List<BenchQueries> all() {
        return List.of(
                new BenchQueries("term", "event.action:port-scan", term("event.action", "port-scan"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        "{\"term\":{\"event.action\":\"port-scan\"}}"), //$NON-NLS-1$
                new BenchQueries("boolean", "event.kind:alert and not event.action:web-attack", //$NON-NLS-1$ //$NON-NLS-2$
                        new BooleanQuery.Builder().add(term("event.kind", "alert"), Occur.MUST) //$NON-NLS-1$ //$NON-NLS-2$
                                .add(term("event.action", "web-attack"), Occur.MUST_NOT).build(), //$NON-NLS-1$ //$NON-NLS-2$
                        "{\"bool\":{\"must\":[{\"term\":{\"event.kind\":\"alert\"}}],\"must_not\":[{\"term\":{\"event.action\":\"web-attack\"}}]}}"), //$NON-NLS-1$
                new BenchQueries("wildcard", "event.action:logon*", new PrefixQuery(new Term("event.action", "logon")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        "{\"wildcard\":{\"event.action\":{\"value\":\"logon*\"}}}"), //$NON-NLS-1$
                new BenchQueries("range", "destination.port >= 1000", //$NON-NLS-1$ //$NON-NLS-2$
                        LongField.newRangeQuery("destination.port", 1000, Long.MAX_VALUE), //$NON-NLS-1$
                        "{\"range\":{\"destination.port\":{\"gte\":1000}}}"), //$NON-NLS-1$
                new BenchQueries("CIDR", "source.ip:10.0.0.0/8", //$NON-NLS-1$ //$NON-NLS-2$
                        InetAddressPoint.newPrefixQuery("source.ip", ten(), 8), //$NON-NLS-1$
                        "{\"term\":{\"source.ip\":\"10.0.0.0/8\"}}")); //$NON-NLS-1$
    }

    /** @return every event, for the aggregations */
    static BenchQueries everything() {
        return new BenchQueries("all events", "", new MatchAllDocsQuery(), "{\"match_all\":{}}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the alerts, for the SOC overview's table */
    static BenchQueries alerts() {
        return new BenchQueries("alerts", "event.kind:alert", term("event.kind", "alert"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "{\"term\":{\"event.kind\":\"alert\"}}"); //$NON-NLS-1$
    }

    /**
     * @param range the time range
     * @return the hand-written query bounded by the range, as Vigil bounds every query
     */
    Query lucene(TimeRange range) {
        return new BooleanQuery.Builder().add(lucene, Occur.MUST).add(LongField.newRangeQuery(Event.TIMESTAMP,
                range.from().toEpochMilli(), range.to().toEpochMilli() - 1), Occur.FILTER).build();
    }

    /**
     * @param range the time range
     * @return the Query DSL bounded by the range
     */
    String dsl(TimeRange range) {
        return "{\"bool\":{\"must\":[" + dsl + "],\"filter\":[{\"range\":{\"@timestamp\":{\"gte\":\"" + range.from() //$NON-NLS-1$ //$NON-NLS-2$
                + "\",\"lt\":\"" + range.to() + "\",\"format\":\"strict_date_optional_time\"}}}]}}"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static InetAddress ten() {
        try {
            return InetAddress.getByAddress(new byte[] { 10, 0, 0, 0 });
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
