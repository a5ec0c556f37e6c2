package org.vigil.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's result as a Markdown table: one row per comparison, with both figures, their
 * ratio and whether the target is met. The table is a report for engineers, in English.
 */
final class BenchTable {

    private final List<String> header;
    private final List<String> rows = new ArrayList<>();

    /** @param header lines printed before the table (command line, JVM, machine) */
    BenchTable(List<String> header) {
        this.header = header;
    }

    /**
     * Adds a comparison where lower is better (latencies) or higher is better (throughput).
     *
     * @param check what is compared
     * @param vigil Vigil's figure, formatted
     * @param reference the reference figure, formatted
     * @param ratio Vigil over reference, or NaN when there is none
     * @param target the target, in words
     * @param pass whether the target is met, or null when there is no target
     */
    void row(String check, String vigil, String reference, double ratio, String target, Boolean pass) {
        rows.add("| " + String.join(" | ", check, vigil, reference, Double.isNaN(ratio) ? "" : ratio(ratio), target, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                pass == null ? "" : pass ? "PASS" : "FAIL") + " |"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** @return the header lines and the table */
    String markdown() {
        StringBuilder text = new StringBuilder();
        header.forEach(line -> text.append(line).append('\n'));
        text.append('\n').append("| check | Vigil | reference | ratio | target | result |\n") //$NON-NLS-1$
                .append("|---|---|---|---|---|---|\n"); //$NON-NLS-1$
        rows.forEach(row -> text.append(row).append('\n'));
        return text.toString();
    }

    /** @return how many rows say FAIL */
    long failures() {
        return rows.stream().filter(row -> row.endsWith("| FAIL |")).count(); //$NON-NLS-1$
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.1f", millis); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio); //$NON-NLS-1$
    }

    static String rate(double eventsPerSecond) {
        return String.format(Locale.ROOT, "%,.0f events/s", eventsPerSecond); //$NON-NLS-1$
    }
}
