package org.vigil.local.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.FieldType;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.Intervals;
import org.vigil.query.QueryNode;

/**
 * Every aggregation of a request computed in one pass over the hits, from doc values: a request
 * of one aggregation is searched with its {@link AggregationPart}, one of several with a
 * collector that hands each hit, or run of hits, to every part. The cost grows with the hits, not
 * with what is displayed, and the hits are visited once however many panels a dashboard shows.
 */
final class AggregationPass {

    private final AggregationRequest request;
    private final Function<String, FieldType> types;
    private final Map<QueryNode, Query> filters;

    /**
     * @param request what to compute
     * @param types the store's type of each field, {@code null} for a field it does not know
     * @param filters the translated query of each filter of the request, by its parsed query
     */
    AggregationPass(AggregationRequest request, Function<String, FieldType> types, Map<QueryNode, Query> filters) {
        this.request = request;
        this.types = types;
        this.filters = filters;
    }

    /**
     * Checks every field before anything is read, so a bad panel fails alone and at once.
     *
     * @throws BadFieldException naming the first field that cannot be aggregated as asked
     */
    void check() throws BadFieldException {
        for (Aggregation aggregation : request.aggregations()) {
            // Every field can be counted by value (text by its whole values); only stats need numbers.
            if (aggregation instanceof Aggregation.Stats stats) {
                numeric(stats.field());
            }
        }
    }

    /**
     * @param searcher the view of the index to read
     * @param query the request's translated query
     * @param cancellation checked between segments
     * @return the results
     * @throws IOException if the index cannot be read
     * @throws CancelledException if the caller gave up
     */
    AggregationResults run(IndexSearcher searcher, Query query, Cancellation cancellation) throws IOException {
        List<AggregationPart> parts = new ArrayList<>();
        for (Aggregation aggregation : request.aggregations()) {
            AggregationPart part = part(aggregation, searcher);
            part.watch(cancellation);
            parts.add(part);
        }
        long hits = switch (parts.size()) {
            case 0 -> searcher.count(query);
            case 1 -> {
                searcher.search(query, parts.get(0));
                yield parts.get(0).hits;
            }
            default -> {
                searcher.search(query, new PassCollector(parts.toArray(AggregationPart[]::new)));
                yield parts.get(0).hits;
            }
        };
        return AggregationResults.of(hits, parts.stream().map(part -> part.result(hits)).toList());
    }

    private AggregationPart part(Aggregation aggregation, IndexSearcher searcher) throws IOException {
        return switch (aggregation) {
            case Aggregation.DateHistogram histogram -> new TimeSeriesPart(histogram, grid(histogram),
                    histogram.splitField() == null ? null : valuesOrEmpty(histogram.splitField()));
            case Aggregation.Terms terms -> new TermsPart(terms, valuesOrEmpty(terms.field()),
                    terms.thenField() == null ? null : valuesOrEmpty(terms.thenField()));
            case Aggregation.Distinct distinct -> new DistinctPart(distinct, valuesOrEmpty(distinct.field()));
            case Aggregation.Stats stats -> new StatsPart(stats, types.apply(stats.field()));
            case Aggregation.HeatMap heatMap -> new HeatMapPart(heatMap, request.zone());
            case Aggregation.Filters named -> new FiltersPart(named, weights(named, searcher));
        };
    }

    private HistogramGrid grid(Aggregation.DateHistogram histogram) {
        Duration interval = Intervals.auto(request.query().range(), histogram.targetBuckets());
        return new HistogramGrid(request.query().range(), interval, request.gridOffset());
    }

    private List<Weight> weights(Aggregation.Filters named, IndexSearcher searcher) throws IOException {
        List<Weight> weights = new ArrayList<>();
        for (Aggregation.NamedFilter filter : named.filters()) {
            Query translated = filters.get(filter.query());
            weights.add(searcher.createWeight(searcher.rewrite(translated), ScoreMode.COMPLETE_NO_SCORES, 1));
        }
        return weights;
    }

    /** A field the store does not know has no values: as an unmapped field on Elasticsearch, its values count none. */
    private FieldValues valuesOrEmpty(String field) {
        FieldType type = types.apply(field);
        return new FieldValues(field, type == null ? FieldType.KEYWORD : type);
    }

    private void numeric(String field) throws BadFieldException {
        FieldType type = types.apply(field);
        if (type == null) {
            throw new BadFieldException(NLS.bind(Messages.Aggregate_unknownField, field));
        }
        if (type != FieldType.LONG && type != FieldType.DOUBLE) {
            throw new BadFieldException(NLS.bind(Messages.Aggregate_notNumeric, field, type.name().toLowerCase()));
        }
    }

    /** A field that cannot be aggregated as the request asks, said in words for the operator. */
    static final class BadFieldException extends Exception {
        private static final long serialVersionUID = 1L;

        BadFieldException(String message) {
            super(message);
        }
    }

    /** The caller gave up between two segments. */
    static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Hands every hit and every segment to every part: several aggregations, one pass. */
    private static final class PassCollector extends SimpleCollector {
        private final AggregationPart[] parts;

        PassCollector(AggregationPart[] parts) {
            this.parts = parts;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            for (AggregationPart part : parts) {
                part.getLeafCollector(context);
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (AggregationPart part : parts) {
                part.collect(doc);
            }
        }

        @Override
        public void collectRange(int min, int max) throws IOException {
            for (AggregationPart part : parts) {
                part.collectRange(min, max);
            }
        }

        @Override
        public void finish() throws IOException {
            for (AggregationPart part : parts) {
                part.finish();
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
