package org.vigil.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;

import org.vigil.core.model.Event;
import org.vigil.demo.DemoRegistry;
import org.vigil.events.EventEnricher;
import org.vigil.registry.AssetKind;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.csv.CsvRow;
import org.vigil.registry.csv.RegistryCsv;
import org.vigil.registry.match.AssetMatcher;
import org.vigil.registry.match.EventTagger;

/**
 * The registry rows of {@code vigil-cli bench}: lookups per second of the asset matcher on one
 * thread against {@value #NETWORKS} networks and {@value #DOMAINS} domains (plus the demo
 * province's registry, so that the demo events find their systems), and the time tagging the
 * benchmark's events with their systems adds to an embedded import of them, as a share of the
 * import without tagging in the same run.
 */
final class RegistryBench {

    static final int NETWORKS = 5_000;
    static final int DOMAINS = 5_000;
    private static final int LOOKUPS = 200_000;
    private static final int TAGGING_PAIRS = 6;
    private static final long MEASURE_NANOS = 2_000_000_000L;
    private static final String ZONE = "bench.gov.vn"; //$NON-NLS-1$

    private final SplittableRandom random = new SplittableRandom(85);
    private final List<String> names = new ArrayList<>();
    private final List<String> wildcards = new ArrayList<>();
    private final List<long[]> networks = new ArrayList<>();
    private final AssetMatcher matcher;

    RegistryBench() throws IOException {
        List<InformationSystem> systems = new ArrayList<>(demoSystems());
        for (int i = 0; i < NETWORKS / 2; i++) {
            InformationSystem.Builder system = InformationSystem.builder("bench-" + i, "Bench " + i, "bench") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .level(1 + random.nextInt(3), ""); //$NON-NLS-1$
            for (int n = 0; n < 2; n++) {
                system.asset(AssetKind.CIDR, network());
            }
            for (int n = 0; n < 2; n++) {
                system.asset(AssetKind.DOMAIN, domain(i * 2 + n));
            }
            systems.add(system.build());
        }
        matcher = AssetMatcher.of(systems);
    }

    /**
     * Adds the lookup row. Run it before the events are parsed: with a million events held in the
     * heap, the collector's work would be charged to the lookups.
     *
     * @param table the benchmark's table
     */
    void lookupRow(BenchTable table) {
        double lookups = lookupsPerSecond();
        table.row("registry: asset lookups per CPU-second of one thread against " + NETWORKS + " networks and " + DOMAINS //$NON-NLS-1$ //$NON-NLS-2$
                + " domains (50 % IPv4, 5 % IPv6, 30 % names, 15 % URLs)", //$NON-NLS-1$
                String.format(Locale.ROOT, "%,.0f lookups/s", lookups), "", Double.NaN, "≥ 1,000,000/s", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                lookups >= 1_000_000);
    }

    /**
     * Imports the benchmark's file with and without tagging, in {@value #TAGGING_PAIRS} pairs of
     * one import of each kind back to back (without first, then with first, and so on), through
     * the importer the product uses ({@code FileImporter.enrichedWith}, which tags on the parsing
     * thread), and adds the row: the median over the pairs of what tagging added to the pair's
     * import without it. The two imports of a pair run seconds apart, under the same load from
     * the neighbours of a shared machine; the fastest import of each kind, compared across the
     * run, met different loads and moved by more than the cost measured.
     *
     * @param table the benchmark's table
     * @param importer imports the benchmark's file into a fresh store, returning how long it took
     * @throws Exception if an import fails
     */
    void taggingRow(BenchTable table, TimedImport importer) throws Exception {
        EventTagger tagger = new EventTagger(matcher);
        long[] tagged = new long[1];
        EventEnricher enricher = event -> {
            Event result = tagger.tag(event);
            tagged[0] += result == event ? 0 : 1;
            return result;
        };
        // The tagging code is compiled before anything is timed, as the plain import's is by the warm-up.
        importer.time(enricher);
        tagged[0] = 0;
        List<ImportTime> plain = new ArrayList<>();
        List<ImportTime> withTags = new ArrayList<>();
        for (int pair = 0; pair < TAGGING_PAIRS; pair++) {
            boolean plainFirst = pair % 2 == 0;
            (plainFirst ? plain : withTags).add(importer.time(plainFirst ? EventEnricher.NONE : enricher));
            (plainFirst ? withTags : plain).add(importer.time(plainFirst ? enricher : EventEnricher.NONE));
        }
        double cpuCost = medianCost(withTags, plain, ImportTime::cpuNanos);
        double wallCost = medianCost(withTags, plain, ImportTime::wallNanos);
        double leastCost = (double) (least(withTags, ImportTime::cpuNanos) - least(plain, ImportTime::cpuNanos))
                / least(plain, ImportTime::cpuNanos);
        table.row(String.format(Locale.ROOT, "registry: embedded import with tagging vs without, %d pairs of imports " //$NON-NLS-1$
                + "back to back (%,d of %,d events tagged); CPU time of the process (with tagging %s ms, without %s ms; " //$NON-NLS-1$
                + "of which the writing thread %s vs %s ms, median %+.2f×; wall clock %s vs %s ms, median %+.2f×; " //$NON-NLS-1$
                + "least CPU of each kind %+.2f×); ratio = median over the pairs of extra CPU time / import without", //$NON-NLS-1$
                TAGGING_PAIRS, tagged[0] / TAGGING_PAIRS, importer.events(), millis(withTags, ImportTime::cpuNanos),
                millis(plain, ImportTime::cpuNanos), millis(withTags, ImportTime::writingNanos),
                millis(plain, ImportTime::writingNanos), medianCost(withTags, plain, ImportTime::writingNanos),
                millis(withTags, ImportTime::wallNanos),
                millis(plain, ImportTime::wallNanos), wallCost, leastCost),
                BenchTable.ms(median(withTags, ImportTime::cpuNanos) / 1e6) + " ms CPU", //$NON-NLS-1$
                BenchTable.ms(median(plain, ImportTime::cpuNanos) / 1e6) + " ms CPU", cpuCost, "≤ 0.10×", //$NON-NLS-1$ //$NON-NLS-2$
                cpuCost <= 0.10);
    }

    /** @return the median over the pairs (the same index in both lists) of (with − without) / without */
    static double medianCost(List<ImportTime> with, List<ImportTime> without, ToLongFunction<ImportTime> part) {
        double[] costs = new double[with.size()];
        for (int i = 0; i < costs.length; i++) {
            long reference = part.applyAsLong(without.get(i));
            costs[i] = (double) (part.applyAsLong(with.get(i)) - reference) / reference;
        }
        return median(costs);
    }

    private static double median(List<ImportTime> times, ToLongFunction<ImportTime> part) {
        return median(times.stream().mapToDouble(part::applyAsLong).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long least(List<ImportTime> times, ToLongFunction<ImportTime> part) {
        return times.stream().mapToLong(part).min().orElseThrow();
    }

    private static String millis(List<ImportTime> times, ToLongFunction<ImportTime> part) {
        return String.join(" / ", times.stream().map(time -> String.valueOf(Math.round(part.applyAsLong(time) / 1e6))).toList()); //$NON-NLS-1$
    }

    /**
     * How long an import took.
     *
     * @param wallNanos on the clock
     * @param cpuNanos of CPU time, every thread of the process together: what neighbours on a
     *            shared machine inflate least, and what tagging on the parsing thread cannot hide
     * @param writingNanos of CPU time of the thread that writes into the store (the parsing and
     *            tagging thread, merges and the collector are the rest)
     */
    record ImportTime(long wallNanos, long cpuNanos, long writingNanos) {
    }

    /** Imports the benchmark's file into a fresh store. */
    interface TimedImport {

        /**
         * @param enricher what the importer applies to the events
         * @return how long the import took
         * @throws Exception if it fails
         */
        ImportTime time(EventEnricher enricher) throws Exception;

        /** @return how many events an import holds */
        long events();
    }

    /**
     * Lookups per second of the measuring thread's CPU time, not of the wall clock: on a shared
     * machine the thread is preempted, and wall-clock rates there measured the neighbours.
     */
    private double lookupsPerSecond() {
        String[] texts = new String[LOOKUPS];
        int[] kinds = new int[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            int roll = random.nextInt(100);
            kinds[i] = roll < 55 ? 0 : roll < 85 ? 1 : 2;
            texts[i] = roll < 50 ? ipv4() : roll < 55 ? ipv6() : roll < 85 ? name() : "https://" + name() + "/portal/x?y=1"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        lookUp(texts, kinds, threads, MEASURE_NANOS / 2);
        long start = threads.getCurrentThreadCpuTime();
        long done = lookUp(texts, kinds, threads, MEASURE_NANOS);
        return done / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    }

    private long lookUp(String[] texts, int[] kinds, ThreadMXBean threads, long cpuNanos) {
        long deadline = threads.getCurrentThreadCpuTime() + cpuNanos;
        long done = 0;
        long found = 0;
        while (threads.getCurrentThreadCpuTime() < deadline) {
            for (int i = 0; i < texts.length; i++) {
                found += switch (kinds[i]) {
                    case 0 -> matcher.address(texts[i]).size();
                    case 1 -> matcher.name(texts[i]).size();
                    default -> matcher.url(texts[i]).size();
                };
            }
            done += texts.length;
        }
        // Using the result keeps the JIT from dropping lookups whose answers nobody reads.
        return found < 0 ? 0 : done;
    }

    private static List<InformationSystem> demoSystems() throws IOException {
        try (Reader reader = DemoRegistry.systems()) {
            return RegistryCsv.readSystems(reader, DemoRegistry.SYSTEMS).rows().stream().map(CsvRow::value).toList();
        }
    }

    /** A network in 100.64.0.0/10 or 172.16.0.0/12 (never the demo's 10/8), one in ten IPv6. */
    private String network() {
        if (random.nextInt(10) == 0) {
            int prefix = 48 + 16 * random.nextInt(3);
            return String.format("2001:db8:%x:%x::/%d", random.nextInt(0x10000), //$NON-NLS-1$
                    prefix > 48 ? random.nextInt(0x10000) : 0, prefix);
        }
        int prefix = 16 + random.nextInt(17);
        long base = random.nextBoolean() ? 0x64400000L | random.nextInt(1 << 22) : 0xAC100000L | random.nextInt(1 << 20);
        long mask = prefix == 0 ? 0 : 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
        long address = base & mask;
        networks.add(new long[] { address, prefix });
        return dotted(address) + "/" + prefix; //$NON-NLS-1$
    }

    private String domain(int n) {
        String agency = "agency" + n % 400 + "." + ZONE; //$NON-NLS-1$ //$NON-NLS-2$
        if (n % 2 == 0) {
            wildcards.add(agency);
            return "*." + agency; //$NON-NLS-1$
        }
        String name = "system" + n + "." + agency; //$NON-NLS-1$ //$NON-NLS-2$
        names.add(name);
        return name;
    }

    private String ipv4() {
        if (random.nextBoolean()) {
            long[] network = networks.get(random.nextInt(networks.size()));
            return dotted(network[0] + random.nextLong(1L << (32 - network[1])));
        }
        return dotted(random.nextLong(1L << 32));
    }

    private String ipv6() {
        return String.format("2001:db8:%x:%x::%x", random.nextInt(0x10000), random.nextInt(0x10000), //$NON-NLS-1$
                random.nextInt(0x10000));
    }

    private String name() {
        int roll = random.nextInt(3);
        if (roll == 0) {
            return names.get(random.nextInt(names.size()));
        }
        return roll == 1 ? "www.x" + random.nextInt(1000) + "." + wildcards.get(random.nextInt(wildcards.size())) //$NON-NLS-1$ //$NON-NLS-2$
                : "host" + random.nextInt(1_000_000) + ".example.com"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String dotted(long address) {
        return (address >>> 24 & 0xFF) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (address & 0xFF);
    }
}
