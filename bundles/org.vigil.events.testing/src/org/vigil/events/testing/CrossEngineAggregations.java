package org.vigil.events.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.vigil.events.Aggregation;
import org.vigil.events.AggregationResult;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;

/**
 * The dashboard aggregations every engine must compute as the embedded store does on the
 * {@link CrossEngineCorpus}, and how their results are compared.
 */
public final class CrossEngineAggregations {

    private CrossEngineAggregations() {
    }

    /**
     * @return every kind of aggregation, on keyword, address, number, boolean, double and text fields
     * @throws QuerySyntaxException never: the filters are fixed
     */
    public static List<Aggregation> everyKind() throws QuerySyntaxException {
        return List.of(
                new Aggregation.DateHistogram("by severity", 30, "event.severity", 2), //$NON-NLS-1$ //$NON-NLS-2$
                new Aggregation.DateHistogram("by action", 60, "event.action", 3), //$NON-NLS-1$ //$NON-NLS-2$
                Aggregation.DateHistogram.of("all", 250), //$NON-NLS-1$
                Aggregation.Terms.of("actions", "event.action", 5), //$NON-NLS-1$ //$NON-NLS-2$
                Aggregation.Terms.of("sources", "source.ip", 10), //$NON-NLS-1$ //$NON-NLS-2$
                Aggregation.Terms.of("ports", "destination.port", 4), //$NON-NLS-1$ //$NON-NLS-2$
                Aggregation.Terms.of("scores", "vulnerability.score.base", 3), //$NON-NLS-1$ //$NON-NLS-2$
                Aggregation.Terms.of("established", "tls.established", 2), //$NON-NLS-1$ //$NON-NLS-2$
                Aggregation.Terms.of("unmapped", "no.such", 2), //$NON-NLS-1$ //$NON-NLS-2$
                Aggregation.Terms.of("signatures", "rule.name", 5), //$NON-NLS-1$ //$NON-NLS-2$
                Aggregation.Terms.of("messages", "message", 3), //$NON-NLS-1$ //$NON-NLS-2$
                new Aggregation.DateHistogram("by signature", 30, "rule.name", 3), //$NON-NLS-1$ //$NON-NLS-2$
                new Aggregation.Distinct("distinct messages", "message"), //$NON-NLS-1$ //$NON-NLS-2$
                new Aggregation.Terms("rules by source", "rule.name", 4, "source.ip", 3), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new Aggregation.Terms("sources by port", "source.ip", 3, "destination.port", 2), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new Aggregation.Distinct("distinct sources", "source.ip"), //$NON-NLS-1$ //$NON-NLS-2$
                new Aggregation.Distinct("distinct actions", "event.action"), //$NON-NLS-1$ //$NON-NLS-2$
                new Aggregation.Distinct("distinct ports", "destination.port"), //$NON-NLS-1$ //$NON-NLS-2$
                new Aggregation.Distinct("distinct users", "user.name"), //$NON-NLS-1$ //$NON-NLS-2$
                new Aggregation.Stats("ports stats", "destination.port"), //$NON-NLS-1$ //$NON-NLS-2$
                new Aggregation.Stats("bytes", "network.bytes"), //$NON-NLS-1$ //$NON-NLS-2$
                new Aggregation.HeatMap("week"), //$NON-NLS-1$
                new Aggregation.Filters("kinds", List.of( //$NON-NLS-1$
                        new Aggregation.NamedFilter("alerts", KqlParser.parse("event.kind:alert")), //$NON-NLS-1$ //$NON-NLS-2$
                        new Aggregation.NamedFilter("scans", KqlParser.parse("event.action:port-scan")), //$NON-NLS-1$ //$NON-NLS-2$
                        new Aggregation.NamedFilter("ipv6", KqlParser.parse("source.ip:\"2001:db8::/32\"")), //$NON-NLS-1$ //$NON-NLS-2$
                        new Aggregation.NamedFilter("logons", KqlParser.parse("event.action:logon*"))))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Equal figures; sums of doubles may differ in their last bits with the order of addition.
     *
     * @param embedded the embedded store's result
     * @param other another engine's
     * @param what names the comparison in a failure
     */
    public static void assertSame(AggregationResult embedded, AggregationResult other, String what) {
        if (embedded instanceof AggregationResult.NumericStats stats
                && other instanceof AggregationResult.NumericStats theirs) {
            assertEquals(stats.count(), theirs.count(), what);
            assertEquals(stats.sum(), theirs.sum(), Math.abs(stats.sum()) * 1e-12, what);
            assertEquals(stats.min(), theirs.min(), what);
            assertEquals(stats.max(), theirs.max(), what);
            return;
        }
        assertEquals(embedded, other, what);
    }
}
