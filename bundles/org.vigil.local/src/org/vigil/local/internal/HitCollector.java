package org.vigil.local.internal;

import java.io.IOException;

import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * A collector of every hit without scores, for aggregations. Lucene's default
 * {@link #collectRange} goes through an interface call per document when a query matches a run
 * of documents (a time range over a whole segment); this loop is the subclass's own, which the
 * JIT compiles with its {@link #collect}.
 */
public abstract class HitCollector extends SimpleCollector {

    @Override
    public void collectRange(int min, int max) throws IOException {
        for (int doc = min; doc < max; doc++) {
            collect(doc);
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
