package org.vigil.cli.internal;

import java.util.Arrays;

/**
 * Latency of one operation: run a few times to warm the JIT and caches, then timed; reports the
 * median and the 95th percentile in milliseconds.
 *
 * @param p50 the median, in milliseconds
 * @param p95 the 95th percentile, in milliseconds
 */
record Latency(double p50, double p95) {

    /** One timed operation. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * @param warmups untimed runs first
     * @param runs timed runs
     * @param work the operation
     * @return its latency
     * @throws Exception whatever the operation throws
     */
    static Latency measure(int warmups, int runs, Work work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = timed(work);
        }
        return of(nanos);
    }

    /**
     * Times two operations side by side: warmed up in turn, then run in alternating order
     * (A B, B A, A B…). Timing one after the other would give the first the cold JIT and caches,
     * the second what the first warmed, and each a different stretch of a shared machine's noise.
     *
     * @param warmups untimed runs of each first
     * @param runs timed runs of each
     * @param vigil the operation under test
     * @param reference what it is compared with
     * @return both latencies
     * @throws Exception whatever an operation throws
     */
    static Pair compare(int warmups, int runs, Work vigil, Work reference) throws Exception {
        for (int i = 0; i < warmups; i++) {
            vigil.run();
            reference.run();
        }
        long[] vigilNanos = new long[runs];
        long[] referenceNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            boolean vigilFirst = i % 2 == 0;
            if (vigilFirst) {
                vigilNanos[i] = timed(vigil);
            }
            referenceNanos[i] = timed(reference);
            if (!vigilFirst) {
                vigilNanos[i] = timed(vigil);
            }
        }
        return new Pair(of(vigilNanos), of(referenceNanos));
    }

    /**
     * Latencies measured side by side.
     *
     * @param vigil the operation under test
     * @param reference its reference
     */
    record Pair(Latency vigil, Latency reference) {
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static Latency of(long[] nanos) {
        Arrays.sort(nanos);
        return new Latency(millis(nanos[percentile(nanos.length, 50)]), millis(nanos[percentile(nanos.length, 95)]));
    }

    private static int percentile(int runs, int percent) {
        return Math.max(0, (int) Math.ceil(runs * percent / 100.0) - 1);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** @return "p50 / p95 ms" */
    String format() {
        return BenchTable.ms(p50) + " / " + BenchTable.ms(p95) + " ms"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
