package org.vigil.registry.match;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.TimeRange;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.SourceException;
import org.vigil.query.And;
import org.vigil.query.FieldRef;
import org.vigil.query.Match;
import org.vigil.query.Or;
import org.vigil.query.QueryNode;
import org.vigil.query.Span;
import org.vigil.query.Term;
import org.vigil.registry.Asset;
import org.vigil.registry.Assets;
import org.vigil.registry.InformationSystem;

/**
 * What an event source saw of one system lately: its alerts ({@code event.kind: alert}, as
 * Suricata, WAFs and the demo data write them) and its vulnerability findings
 * ({@code event.category: vulnerability}). A system's events are those tagged with its id at
 * import or, for events imported before, those whose fields name one of its assets, over the
 * fields {@link AssetMatcher} reads: addresses and networks over the address fields, host names
 * and domains (a wildcard domain as a pattern) over the name fields, URLs over the URL fields as
 * a prefix whatever the scheme.
 */
public final class SystemActivity {

    /** How far back {@link #count} looks. */
    public static final Duration WINDOW = Duration.ofDays(30);
    /** Selects alerts. */
    public static final QueryNode ALERTS = match("event.kind", "alert"); //$NON-NLS-1$ //$NON-NLS-2$
    /** Selects vulnerability findings. */
    public static final QueryNode FINDINGS = match("event.category", "vulnerability"); //$NON-NLS-1$ //$NON-NLS-2$

    private static final Span NOWHERE = new Span(0, 0);
    private static final List<String> HOST_FIELDS = List.of("host.name", "host.hostname"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final List<String> ADDRESS_FIELDS = withRelated();

    /**
     * The counts of one system over {@link #WINDOW}.
     *
     * @param alerts the alerts
     * @param findings the vulnerability findings
     * @param range the time range counted
     */
    public record Counts(long alerts, long findings, TimeRange range) {
    }

    private SystemActivity() {
    }

    /**
     * @param system a registered system
     * @return the query for its events: its id in {@link EventTagger#ID}, or one of its valid assets
     */
    public static QueryNode events(InformationSystem system) {
        List<QueryNode> any = new ArrayList<>();
        any.add(match(EventTagger.ID, system.id()));
        for (Asset asset : system.assets()) {
            Assets.canonicalIfValid(asset).ifPresent(value -> any.addAll(clauses(asset, value)));
        }
        return any.size() == 1 ? any.get(0) : new Or(any, NOWHERE);
    }

    /**
     * @param system a registered system
     * @param kind {@link #ALERTS} or {@link #FINDINGS}
     * @return the query for the system's events of that kind
     */
    public static QueryNode events(InformationSystem system, QueryNode kind) {
        return new And(List.of(kind, events(system)), NOWHERE);
    }

    /**
     * Counts the system's alerts and findings over the {@link #WINDOW} up to now.
     *
     * @param source the source to ask
     * @param system the system
     * @param now the end of the window
     * @param cancellation lets the caller give up
     * @return the counts
     * @throws SourceException if the source cannot answer or the caller gave up
     */
    public static Counts count(EventSource source, InformationSystem system, Instant now, Cancellation cancellation)
            throws SourceException {
        TimeRange range = new TimeRange(now.minus(WINDOW), now);
        long alerts = source.count(new EventQuery(events(system, ALERTS), range), cancellation);
        long findings = source.count(new EventQuery(events(system, FINDINGS), range), cancellation);
        return new Counts(alerts, findings, range);
    }

    private static List<QueryNode> clauses(Asset asset, String value) {
        return switch (asset.kind()) {
            case IP, CIDR -> on(ADDRESS_FIELDS, phrase(value));
            case HOSTNAME -> on(HOST_FIELDS, phrase(value));
            case DOMAIN -> on(AssetMatcher.NAME_FIELDS, value.startsWith(Assets.WILDCARD)
                    ? Term.wildcard(value, value, "*" + escape(value.substring(1))) : phrase(value)); //$NON-NLS-1$
            case URL -> on(AssetMatcher.URL_FIELDS, Term.wildcard(value, value, "*://" + escape(value) + "*")); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    private static List<QueryNode> on(List<String> fields, Term value) {
        return fields.stream().<QueryNode>map(field -> new Match(FieldRef.of(field), value, NOWHERE)).toList();
    }

    private static QueryNode match(String field, String value) {
        return new Match(FieldRef.of(field), phrase(value), NOWHERE);
    }

    private static Term phrase(String value) {
        return Term.phrase('"' + value + '"', value);
    }

    private static String escape(String literal) {
        return literal.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private static List<String> withRelated() {
        List<String> fields = new ArrayList<>(AssetMatcher.ADDRESS_FIELDS);
        fields.add("related.ip"); //$NON-NLS-1$
        return List.copyOf(fields);
    }
}
