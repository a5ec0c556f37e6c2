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
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Latency(millis(nanos[percentile(runs, 50)]), millis(nanos[percentile(runs, 95)]));
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
