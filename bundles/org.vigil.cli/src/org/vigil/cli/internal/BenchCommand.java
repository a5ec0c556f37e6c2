package org.vigil.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.cases.CaseStores;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.Variables;
import org.vigil.dashboards.charts.PeriodReport;
import org.vigil.dashboards.internal.PanelRunner;
import org.vigil.events.Cancellation;
import org.vigil.events.EventEnricher;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.ImportTarget;
import org.vigil.events.Intervals;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.ingest.FileImporter;
import org.vigil.ingest.ImportListener;
import org.vigil.ingest.ImportReport;
import org.vigil.ingest.ImportRequest;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogFormats;
import org.vigil.local.LuceneSource;
import org.vigil.query.KqlParser;
import org.vigil.query.QueryNode;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.compliance.ComplianceService;
import org.vigil.reports.ReportFormat;

/**
 * {@code vigil-cli bench [--events N] [--es-url URL] [--out FILE] [--runs N] [--registry | --aggs | --report]}:
 * measures, inside the product's runtime, the embedded import and queries against bare Lucene and, with
 * {@code --es-url}, against Elasticsearch, and prints a Markdown table with a PASS or FAIL per
 * target. A missed target is reported, not an error: the command exits with 0 unless it fails.
 */
final class BenchCommand implements Command {

    private static final int PAGE = 100;
    private static final int WARMUPS = 10;
    private static final int BUCKETS = 60;
    private static final int TOP = 10;
    /** Events each side imports before it is timed; a few seconds of work. */
    private static final int WARMUP_EVENTS = 100_000;
    private static final String TERMS_FIELD = "event.action"; //$NON-NLS-1$
    /** The SOC overview's target: its six panels within 1.5 s on the embedded store. */
    private static final double DASHBOARD_MILLIS = 1_500;
    private static final int ES_IMPORT_PAIRS = 4;
    private static final String PERIOD_REPORT = "period-report"; //$NON-NLS-1$
    /** A period report takes seconds: a few runs say enough. */
    private static final int REPORT_WARMUPS = 2;
    private static final int REPORT_RUNS = 5;
    private static final double REPORT_MILLIS = 10_000;

    private final BundleContext context;
    private final PrintStream out;

    BenchCommand(BundleContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return Messages.Bench_summary;
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, List.of("--events", "--es-url", "--os-url", "--out", "--runs"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                List.of("--registry", "--aggs", "--es-import", "--report", "--os-search")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        if (!options.positional().isEmpty()) {
            throw CliException.usage(NLS.bind(Messages.Cli_unexpectedArgument, options.positional().get(0)));
        }
        if (options.has("--es-import") && options.value("--es-url") == null) { //$NON-NLS-1$ //$NON-NLS-2$
            throw CliException.usage(Messages.Bench_esImportNeedsUrl);
        }
        if (options.has("--os-search") && options.value("--os-url") == null) { //$NON-NLS-1$ //$NON-NLS-2$
            throw CliException.usage(Messages.Bench_osSearchNeedsUrl);
        }
        int events = (int) options.longValue("--events", 200_000); //$NON-NLS-1$
        int runs = Math.max(1, (int) options.longValue("--runs", 50)); //$NON-NLS-1$
        BenchTable table = new BenchTable(header(args, events, runs));
        Path work = null;
        try {
            work = Files.createTempDirectory("vigil-bench"); //$NON-NLS-1$
            Run run = new Run(work, events, runs, options.value("--es-url"), table); //$NON-NLS-1$
            if (options.has("--os-search")) { //$NON-NLS-1$
                new OsBench(options.value("--os-url")).run(events, WARMUPS, runs, table); //$NON-NLS-1$
            } else if (options.has("--aggs")) { //$NON-NLS-1$
                run.aggregationsOnly();
            } else if (options.has("--report")) { //$NON-NLS-1$
                run.periodReportOnly();
            } else if (options.has("--es-import")) { //$NON-NLS-1$
                run.elasticsearchImportOnly();
            } else {
                run.all(options.has("--registry")); //$NON-NLS-1$
            }
        } catch (Exception | LinkageError e) {
            throw CliException.failure(NLS.bind(Messages.Bench_failed, e.toString()));
        } finally {
            deleteQuietly(work);
        }
        report(table, options.value("--out")); //$NON-NLS-1$
    }

    private void report(BenchTable table, String target) throws CliException {
        String markdown = table.markdown();
        out.print(markdown);
        out.println(NLS.bind(Messages.Bench_failures, table.failures()));
        if (target != null) {
            try {
                Path file = Path.of(target).toAbsolutePath();
                Files.createDirectories(file.getParent());
                Files.writeString(file, markdown, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CliException.failure(NLS.bind(Messages.Demo_writeFailed, target, e.getMessage()));
            }
        }
    }

    private static List<String> header(List<String> args, int events, int runs) {
        Runtime runtime = Runtime.getRuntime();
        return List.of("# Vigil benchmark", "", //$NON-NLS-1$ //$NON-NLS-2$
                "- command: `vigil-cli bench " + String.join(" ", args) + "`", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "- JVM: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        + Runtime.version() + ", max heap " + runtime.maxMemory() / (1024 * 1024) + " MB", //$NON-NLS-1$ //$NON-NLS-2$
                "- machine: " + runtime.availableProcessors() + " cores, " + System.getProperty("os.name") + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        + System.getProperty("os.arch") + ", JVM arguments " //$NON-NLS-1$ //$NON-NLS-2$
                        + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                                .filter(arg -> arg.startsWith("-X")).toList(), //$NON-NLS-1$
                "- events: " + events + "; latencies are p50 / p95 of " + runs + " runs after " + WARMUPS //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " warm-ups; ratio = Vigil / reference (for imports: Vigil's rate / reference rate)"); //$NON-NLS-1$
    }

    /** One benchmark run: its directory, its data, and the sources under test. */
    private final class Run {

        private final Path work;
        private final int events;
        private final int runs;
        private final String esUrl;
        private final BenchTable table;
        private BenchData data;
        private EsBench es;

        Run(Path work, int events, int runs, String esUrl, BenchTable table) {
            this.work = work;
            this.events = events;
            this.runs = runs;
            this.esUrl = esUrl;
            this.table = table;
        }

        /**
         * Only the import into Elasticsearch against the raw {@code _bulk}, after the same warm-up:
         * the row a change of the import path moves, in a minute rather than the whole table's
         * several.
         */
        void elasticsearchImportOnly() throws Exception {
            data = BenchData.write(work, events);
            LogFormats formats = ServiceWait.await(context, LogFormats.class);
            LogFormat format = formats.find(BenchData.FORMAT)
                    .orElseThrow(() -> new IllegalStateException("no format " + BenchData.FORMAT)); //$NON-NLS-1$
            es = EsBench.open(ServiceWait.await(context, org.vigil.elasticsearch.ElasticsearchConnector.class), esUrl);
            try {
                BenchData head = data.head(work.resolve("warm-up.ndjson"), WARMUP_EVENTS); //$NON-NLS-1$
                importInto(formats, head, es.importSource(EsBench.IMPORT_PREFIX));
                es.rawImport(head.parse(format));
                elasticsearchImport(formats, format);
            } finally {
                es.close();
            }
        }

        /** @param registryOnly whether to stop after the import and the registry rows */
        void all(boolean registryOnly) throws Exception {
            data = BenchData.write(work, events);
            LogFormats formats = ServiceWait.await(context, LogFormats.class);
            LogFormat format = formats.find(BenchData.FORMAT)
                    .orElseThrow(() -> new IllegalStateException("no format " + BenchData.FORMAT)); //$NON-NLS-1$
            Path embeddedDir = work.resolve("embedded"); //$NON-NLS-1$
            try (LuceneSource embedded = open(embeddedDir)) {
                imports(formats, format, embedded, registryOnly);
                if (registryOnly) {
                    return;
                }
                try (DirectoryReader reader = BareLucene.open(embeddedDir)) {
                    queries(embedded, new IndexSearcher(reader));
                }
            } finally {
                if (es != null) {
                    es.close();
                }
            }
        }

        /**
         * The SOC overview's panels alone: the data is imported into the embedded store and, with
         * {@code --es-url}, bulk-loaded into the node, untimed; then only the panels are measured.
         */
        void aggregationsOnly() throws Exception {
            data = BenchData.write(work, events);
            LogFormats formats = ServiceWait.await(context, LogFormats.class);
            Path embeddedDir = work.resolve("embedded"); //$NON-NLS-1$
            try (LuceneSource embedded = open(embeddedDir)) {
                importInto(formats, data, embedded);
                if (esUrl != null) {
                    es = EsBench.open(ServiceWait.await(context, org.vigil.elasticsearch.ElasticsearchConnector.class),
                            esUrl);
                    es.bulk(data.file(), embedded.fieldTypes());
                }
                try (DirectoryReader reader = BareLucene.open(embeddedDir)) {
                    socOverview(embedded, new IndexSearcher(reader), es == null ? null : es.source());
                }
            } finally {
                if (es != null) {
                    es.close();
                }
            }
        }

        /**
         * The shipped period report as {@code vigil-cli report --format pdf} makes it, headless: every
         * panel evaluated on the imported events (the workspace's case store and registry when they
         * run), the charts drawn, the PDF laid out. The import is untimed.
         */
        void periodReportOnly() throws Exception {
            data = BenchData.write(work, events);
            LogFormats formats = ServiceWait.await(context, LogFormats.class);
            System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
            try (LuceneSource embedded = open(work.resolve("embedded"))) { //$NON-NLS-1$
                importInto(formats, data, embedded);
                Dashboard dashboard = DashboardsCommand.named(DashboardsCommand.store(context), PERIOD_REPORT);
                PanelRunner runner = PanelRunner.over(embedded, service(CaseStores.class),
                        service(SystemRegistry.class), service(ComplianceService.class));
                RunSettings settings = new RunSettings(data.range(), Variables.NONE, ZoneId.systemDefault(),
                        Locale.forLanguageTag("vi"), Instant.now()); //$NON-NLS-1$
                int[] bytes = new int[1];
                Latency report = Latency.measure(REPORT_WARMUPS, Math.min(runs, REPORT_RUNS), () -> {
                    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                    ReportFormat.PDF.write(PeriodReport.document(
                            runner.evaluate(dashboard, settings, Cancellation.none()), null), pdf);
                    bytes[0] = pdf.size();
                });
                table.row(String.format(Locale.ROOT, "period report: PDF of `%s`, headless (panels + charts + layout, %,d bytes)", //$NON-NLS-1$
                        PERIOD_REPORT, bytes[0]), report.format(), "", Double.NaN, "p50 < 10 s", //$NON-NLS-1$ //$NON-NLS-2$
                        report.p50() < REPORT_MILLIS);
            }
        }

        private <S> S service(Class<S> type) {
            org.osgi.framework.ServiceReference<S> reference = context.getServiceReference(type);
            return reference == null ? null : context.getService(reference);
        }

        /**
         * The SOC overview's event panels, each one request as a dashboard sends them: per panel and
         * all six one after another, against hand-written doc-values code and raw aggregation JSON.
         */
        private void socOverview(LuceneSource embedded, IndexSearcher searcher, EventSource elastic) throws Exception {
            List<SocOverview> panels = SocOverview.panels();
            Map<String, FieldType> types = embedded.fieldTypes();
            List<Latency.Pair> pairs = panelPairs(panels,
                    (panel, range) -> embedded.aggregate(panel.request(range), Cancellation.none()),
                    (panel, range) -> panel.reference(searcher, range, types));
            List<String> names = rowNames(panels, "SOC overview", "embedded vs hand-written Lucene"); //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < pairs.size(); i++) {
                compare(names.get(i), pairs.get(i), 1.3, DASHBOARD_MILLIS);
            }
            if (elastic != null) {
                pairs = panelPairs(panels,
                        (panel, range) -> elastic.aggregate(panel.request(range), Cancellation.none()),
                        (panel, range) -> es.rawSearch(panel.rawJson(range, types)));
                names = rowNames(panels, "Elasticsearch SOC overview", "Vigil's source vs raw aggregation JSON"); //$NON-NLS-1$ //$NON-NLS-2$
                for (int i = 0; i < pairs.size(); i++) {
                    sourceVsRaw(names.get(i), pairs.get(i));
                }
            }
        }

        /**
         * Each panel alone, then all of them one after another, each side over ranges of its own
         * shifted at every request so that no cache answers.
         *
         * @return one pair per panel, in order, then the pair of all of them
         */
        private List<Latency.Pair> panelPairs(List<SocOverview> panels, PanelWork vigil, PanelWork reference)
                throws Exception {
            List<Latency.Pair> pairs = new ArrayList<>();
            for (SocOverview panel : panels) {
                pairs.add(panelPair(List.of(panel), vigil, reference));
            }
            pairs.add(panelPair(panels, vigil, reference));
            return pairs;
        }

        /** @return the names of {@link #panelPairs}' rows */
        private static List<String> rowNames(List<SocOverview> panels, String prefix, String sides) {
            List<String> names = new ArrayList<>();
            panels.forEach(panel -> names.add(prefix + ": " + panel.name() + ", " + sides)); //$NON-NLS-1$ //$NON-NLS-2$
            names.add(prefix + ", all six panels: " + sides); //$NON-NLS-1$
            return names;
        }

        private Latency.Pair panelPair(List<SocOverview> panels, PanelWork vigil, PanelWork reference)
                throws Exception {
            ShiftedRanges vigilRanges = new ShiftedRanges(data.range());
            ShiftedRanges referenceRanges = new ShiftedRanges(data.range());
            return compare(() -> {
                for (SocOverview panel : panels) {
                    vigil.run(panel, vigilRanges.next());
                }
            }, () -> {
                for (SocOverview panel : panels) {
                    reference.run(panel, referenceRanges.next());
                }
            });
        }

        private void sourceVsRaw(String check, Latency.Pair pair) {
            double ratio = pair.vigil().p50() / pair.reference().p50();
            table.row(check, pair.vigil().format(), pair.reference().format(), ratio, "p50 ≤ 1.15×", ratio <= 1.15); //$NON-NLS-1$
        }

        private void imports(LogFormats formats, LogFormat format, LuceneSource embedded, boolean registryOnly)
                throws Exception {
            warmUp(formats, format);
            long start = System.nanoTime();
            long imported = importInto(formats, data, embedded);
            long importNanos = System.nanoTime() - start;
            double vigil = rate(imported, importNanos);
            // Before the events are parsed into the heap, whose collection would be charged to the lookups.
            RegistryBench registry = new RegistryBench();
            registry.lookupRow(table);
            registry.taggingRow(table, new RegistryBench.TimedImport() {
                @Override
                public RegistryBench.ImportTime time(EventEnricher enricher) throws Exception {
                    return importFresh(formats, enricher);
                }

                @Override
                public long events() {
                    return data.events();
                }
            });
            if (registryOnly) {
                return;
            }
            long parseStart = System.nanoTime();
            List<Event> parsed = data.parse(format);
            double parsing = rate(parsed.size(), System.nanoTime() - parseStart);
            double bare = rate(parsed.size(), BareLucene.index(parsed, work.resolve("bare"))); //$NON-NLS-1$
            parsed = null;
            if (es != null) {
                elasticsearchImport(formats, format);
            }
            table.row("import, for reference: parsing the NDJSON alone (same format, no indexing)", "", //$NON-NLS-1$ //$NON-NLS-2$
                    BenchTable.rate(parsing), Double.NaN, "", null); //$NON-NLS-1$
            table.row("import: embedded (parse + index) vs bare Lucene (index only, same documents)", //$NON-NLS-1$
                    BenchTable.rate(vigil), BenchTable.rate(bare), vigil / bare, "≥ 0.70×", vigil / bare >= 0.7); //$NON-NLS-1$
            if (es != null) {
                double bulk = rate(events, es.bulk(data.file(), embedded.fieldTypes()));
                table.row("import: embedded vs Elasticsearch `_bulk` (5,000 lines a request, + refresh)", //$NON-NLS-1$
                        BenchTable.rate(vigil), BenchTable.rate(bulk), vigil / bulk, "≥ 1.00×", vigil >= bulk); //$NON-NLS-1$
            }
        }

        /**
         * {@code vigil-cli import --source} into a cluster (parse, send, check every item, count
         * at the end) against the same parsed documents sent raw, with as many requests in flight,
         * in {@value #ES_IMPORT_PAIRS} pairs in the order Vigil-raw, raw-Vigil, Vigil-raw,
         * raw-Vigil, each import onto a node that holds neither side's indices. Both sides still
         * got faster from one import to the next (the node's code compiling): each side goes first
         * as often as the other, and the ratio is that of the two sides' total times, over which
         * such a drift cancels out.
         */
        private void elasticsearchImport(LogFormats formats, LogFormat format) throws Exception {
            double[] vigil = new double[ES_IMPORT_PAIRS];
            double[] raw = new double[ES_IMPORT_PAIRS];
            double[] ratios = new double[ES_IMPORT_PAIRS];
            long[] nanos = new long[2];
            // What this JVM spent per event on each side, whatever the machine's load: the
            // node's share of the two cores is what the client leaves it.
            long[] cpu = new long[2];
            for (int pair = 0; pair < ES_IMPORT_PAIRS; pair++) {
                for (int side = 0; side < 2; side++) {
                    es.deleteIndices(EsBench.IMPORT_PREFIX);
                    es.deleteIndices(EsBench.RAW_PREFIX);
                    boolean vigilSide = (side + pair) % 2 == 0;
                    // The raw side's events are parsed for it alone, and dropped before Vigil's
                    // import: held across it, a million parsed events made the collector mark
                    // gigabytes while Vigil's import ran, which an import never holds.
                    List<Event> parsed = vigilSide ? List.of() : data.parse(format);
                    System.gc();
                    long cpuStart = processCpuNanos();
                    long elapsed;
                    if (vigilSide) {
                        long start = System.nanoTime();
                        importInto(formats, data, es.importSource(EsBench.IMPORT_PREFIX));
                        elapsed = System.nanoTime() - start;
                        vigil[pair] = rate(data.events(), elapsed);
                    } else {
                        elapsed = es.rawImport(parsed);
                        raw[pair] = rate(data.events(), elapsed);
                    }
                    cpu[vigilSide ? 0 : 1] += processCpuNanos() - cpuStart;
                    nanos[vigilSide ? 0 : 1] += elapsed;
                }
                ratios[pair] = vigil[pair] / raw[pair];
            }
            double perEvent = 1e3 * ES_IMPORT_PAIRS * data.events();
            double vigilRate = rate(ES_IMPORT_PAIRS * data.events(), nanos[0]);
            double rawRate = rate(ES_IMPORT_PAIRS * data.events(), nanos[1]);
            table.row(String.format(Locale.ROOT, "import into Elasticsearch: Vigil (parse, check every item, count) " //$NON-NLS-1$
                    + "vs raw `_bulk` of the same parsed documents (2 requests in flight), %d pairs, each side first in " //$NON-NLS-1$
                    + "half of them (Vigil %s, raw %s events/s; ratios %s; CPU of the benchmark's JVM per event: " //$NON-NLS-1$
                    + "Vigil %.1f µs, raw %.1f µs); rates over the total time of each side", ES_IMPORT_PAIRS, //$NON-NLS-1$
                    rates(vigil), rates(raw), ratios(ratios), cpu[0] / perEvent, cpu[1] / perEvent),
                    BenchTable.rate(vigilRate), BenchTable.rate(rawRate), vigilRate / rawRate, "≥ 0.90×", //$NON-NLS-1$
                    vigilRate / rawRate >= 0.9);
        }

        /**
         * Each side imports the first events once, into a throw-away index, before it is timed:
         * the first seconds of a JVM (Vigil's, or the node's) go to compiling the code, and
         * whichever side ran first would pay for it.
         */
        private void warmUp(LogFormats formats, LogFormat format) throws Exception {
            BenchData head = data.head(work.resolve("warm-up.ndjson"), WARMUP_EVENTS); //$NON-NLS-1$
            Map<String, FieldType> types;
            try (LuceneSource source = open(work.resolve("warm-up-embedded"))) { //$NON-NLS-1$
                importInto(formats, head, source);
                types = source.fieldTypes();
            }
            if (esUrl != null) {
                es = EsBench.open(ServiceWait.await(context, org.vigil.elasticsearch.ElasticsearchConnector.class), esUrl);
                es.bulk(head.file(), types);
                importInto(formats, head, es.importSource(EsBench.IMPORT_PREFIX));
                es.rawImport(head.parse(format));
            }
            // Last, so that the node's merges after its bulk are over before anything is timed.
            BareLucene.index(head.parse(format), work.resolve("warm-up-bare")); //$NON-NLS-1$
        }

        /**
         * @return how long importing the benchmark's file into a fresh embedded store took, until
         *         the store is closed: the merges the import started are part of its cost
         */
        private RegistryBench.ImportTime importFresh(LogFormats formats, EventEnricher enricher) throws Exception {
            Path directory = Files.createTempDirectory(work, "import"); //$NON-NLS-1$
            try {
                // Each import starts from a collected heap: otherwise the next one, of the other kind, collects its garbage.
                System.gc();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long cpu = processCpuNanos();
                long writing = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                try (LuceneSource store = open(directory)) {
                    importInto(formats, data, store, enricher);
                }
                return new RegistryBench.ImportTime(System.nanoTime() - start, processCpuNanos() - cpu,
                        threads.getCurrentThreadCpuTime() - writing);
            } finally {
                deleteQuietly(directory);
            }
        }

        private long importInto(LogFormats formats, BenchData file, ImportTarget target) throws IOException {
            return importInto(formats, file, target, EventEnricher.NONE);
        }

        private long importInto(LogFormats formats, BenchData file, ImportTarget target, EventEnricher enricher)
                throws IOException {
            ImportReport report = new FileImporter(formats, target).enrichedWith(enricher).run(
                    ImportRequest.of(List.of(file.file())).withFormat(BenchData.FORMAT), ImportListener.NONE,
                    Cancellation.none());
            if (!report.complete() || report.eventsImported() != file.events()) {
                throw new IllegalStateException("import into " + target.id() + " incomplete: " + report.eventsImported()); //$NON-NLS-1$
            }
            return report.eventsImported();
        }

        private LuceneSource open(Path directory) throws SourceException {
            return LuceneSource.open(new SourceDescriptor("bench", "bench", "embedded", directory.toString()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    directory, Clock.systemUTC());
        }

        private void queries(LuceneSource embedded, IndexSearcher searcher) throws Exception {
            EventSource elastic = es == null ? null : es.source();
            List<Latency.Pair> sourceVsRaw = new ArrayList<>();
            for (BenchQueries query : BenchQueries.all()) {
                EventQuery parsed = new EventQuery(KqlParser.parse(query.kql()), data.range());
                SearchRequest page = SearchRequest.newestFirst(parsed, PAGE);
                Latency.Pair pair = compare(() -> embedded.search(page, Cancellation.none()),
                        () -> BareLucene.firstPage(searcher, query.lucene(data.range()), PAGE));
                compare("search " + query.name() + " `" + query.kql() + "`: embedded vs hand-written Lucene", pair, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        1.3, 50);
                if (elastic != null) {
                    Latency.Pair esPair = compare(() -> elastic.search(page, Cancellation.none()),
                            () -> es.rawFirstPage(query.dsl(data.range()), PAGE));
                    es.closePointsInTime();
                    compareEs("search " + query.name() + ": embedded vs Elasticsearch (Vigil's source)", pair.vigil(), //$NON-NLS-1$ //$NON-NLS-2$
                            esPair.vigil());
                    sourceVsRaw.add(esPair);
                }
                counts(embedded, searcher, query, parsed, elastic);
            }
            aggregations(embedded, searcher, elastic);
            socOverview(embedded, searcher, elastic);
            for (int i = 0; i < sourceVsRaw.size(); i++) {
                Latency source = sourceVsRaw.get(i).vigil();
                Latency raw = sourceVsRaw.get(i).reference();
                double ratio = source.p50() / raw.p50();
                table.row("Elasticsearch search " + BenchQueries.all().get(i).name() //$NON-NLS-1$
                        + ": Vigil's source vs raw Query DSL (low-level client)", source.format(), raw.format(), //$NON-NLS-1$
                        ratio, "p50 ≤ 1.15×", ratio <= 1.15); //$NON-NLS-1$
            }
        }

        private void counts(LuceneSource embedded, IndexSearcher searcher, BenchQueries query, EventQuery parsed,
                EventSource elastic) throws Exception {
            Latency.Pair pair = compare(() -> embedded.count(parsed, Cancellation.none()),
                    () -> searcher.count(query.lucene(data.range())));
            compare("count " + query.name() + ": embedded vs hand-written Lucene", pair, 1.3, 50); //$NON-NLS-1$ //$NON-NLS-2$
            if (elastic != null) {
                compareEs("count " + query.name() + ": embedded vs Elasticsearch", pair.vigil(), //$NON-NLS-1$ //$NON-NLS-2$
                        time(() -> elastic.count(parsed, Cancellation.none())));
            }
        }

        private void aggregations(LuceneSource embedded, IndexSearcher searcher, EventSource elastic)
                throws Exception {
            QueryNode everything = KqlParser.parse(""); //$NON-NLS-1$
            Duration interval = Intervals.auto(data.range(), BUCKETS);
            ShiftedRanges vigilHistogram = new ShiftedRanges(data.range());
            ShiftedRanges luceneHistogram = new ShiftedRanges(data.range());
            Latency.Pair histogram = compare(() -> embedded.histogram(new EventQuery(everything, vigilHistogram.next()),
                    BUCKETS, ZoneOffset.UTC, Cancellation.none()), () -> {
                        TimeRange range = luceneHistogram.next();
                        BareLucene.histogram(searcher, BenchQueries.everything().lucene(range), range, interval);
                    });
            compare("date histogram, all events: embedded vs hand-written Lucene", histogram, 1.3, 300); //$NON-NLS-1$
            ShiftedRanges vigilTerms = new ShiftedRanges(data.range());
            ShiftedRanges luceneTerms = new ShiftedRanges(data.range());
            Latency.Pair terms = compare(() -> embedded.topTerms(new EventQuery(everything, vigilTerms.next()),
                    TERMS_FIELD, TOP, Cancellation.none()), () -> BareLucene.topTerms(searcher,
                            BenchQueries.everything().lucene(luceneTerms.next()), TERMS_FIELD, TOP));
            compare("top-10 " + TERMS_FIELD + ", all events: embedded vs hand-written Lucene", terms, 1.3, 300); //$NON-NLS-1$ //$NON-NLS-2$
            if (elastic != null) {
                ShiftedRanges esHistogram = new ShiftedRanges(data.range());
                compareEs("date histogram: embedded vs Elasticsearch", histogram.vigil(), //$NON-NLS-1$
                        time(() -> elastic.histogram(new EventQuery(everything, esHistogram.next()), BUCKETS,
                                ZoneOffset.UTC, Cancellation.none())));
                ShiftedRanges esTerms = new ShiftedRanges(data.range());
                compareEs("top-10 terms: embedded vs Elasticsearch", terms.vigil(), //$NON-NLS-1$
                        time(() -> elastic.topTerms(new EventQuery(everything, esTerms.next()), TERMS_FIELD, TOP,
                                Cancellation.none())));
            }
        }

        private void compare(String check, Latency.Pair pair, double maxRatio, double maxMillis) {
            double ratio = pair.vigil().p50() / pair.reference().p50();
            table.row(check, pair.vigil().format(), pair.reference().format(), ratio,
                    "p50 ≤ " + maxRatio + "× and ≤ " + (int) maxMillis + " ms", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    ratio <= maxRatio && pair.vigil().p50() <= maxMillis);
        }

        private void compareEs(String check, Latency vigil, Latency elastic) {
            double ratio = vigil.p50() / elastic.p50();
            table.row(check, vigil.format(), elastic.format(), ratio, "p50 ≤ 1.00×", ratio <= 1.0); //$NON-NLS-1$
        }

        private Latency time(Latency.Work work) throws Exception {
            return Latency.measure(WARMUPS, runs, work);
        }

        private Latency.Pair compare(Latency.Work vigil, Latency.Work reference) throws Exception {
            return Latency.compare(WARMUPS, runs, vigil, reference);
        }
    }

    /** What one side of a SOC overview row does for a panel over a range. */
    private interface PanelWork {
        void run(SocOverview panel, TimeRange range) throws Exception;
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos)
                .orElseThrow(() -> new IllegalStateException("the process's CPU time is not available")); //$NON-NLS-1$
    }

    private static double rate(long count, long nanos) {
        return count / (nanos / 1e9);
    }

    private static String rates(double[] rates) {
        return String.join(" / ", Arrays.stream(rates).mapToObj(rate -> String.format(Locale.ROOT, "%,.0f", rate)) //$NON-NLS-1$ //$NON-NLS-2$
                .toList());
    }

    private static String ratios(double[] ratios) {
        return String.join(" / ", Arrays.stream(ratios).mapToObj(ratio -> String.format(Locale.ROOT, "%.2f×", ratio)) //$NON-NLS-1$ //$NON-NLS-2$
                .toList());
    }


    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is not worth failing the benchmark for.
        }
    }
}
