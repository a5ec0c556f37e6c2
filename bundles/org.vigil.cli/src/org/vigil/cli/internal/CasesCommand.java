package org.vigil.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.cases.BulkChange;
import org.vigil.cases.BulkResult;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseException;
import org.vigil.cases.CaseQuery;
import org.vigil.cases.CaseSettings;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;
import org.vigil.cases.CaseTask;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.ReportingUnit;
import org.vigil.cases.Resolution;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;
import org.vigil.cases.report.IncidentReport;
import org.vigil.reports.ReportFormat;

/**
 * {@code vigil-cli cases list|show|create|update|comment|export|settings}: incident cases in the
 * embedded store ({@code --store local}, the default) or a configured Elasticsearch source's.
 * A refused change (a rule, a conflict, a missing case, a store that is down) exits with 1 and
 * its one-line reason; a malformed command line with 2.
 */
final class CasesCommand implements Command {

    private static final List<String> UPDATE_VALUES = Stream.concat(CaseOptions.VALUES.stream(),
            Stream.of("--title", "--status", "--resolution", "--summary", "--done", "--untag", "--merge-into")).toList(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final List<String> BULK_OPTIONS = List.of("--store", "--status", "--resolution", "--summary", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "--assignee"); //$NON-NLS-1$

    private final BundleContext context;
    private final PrintStream out;
    private final Clock clock;

    CasesCommand(BundleContext context, PrintStream out, Clock clock) {
        this.context = context;
        this.out = out;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "cases"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return Messages.Cases_summary;
    }

    @Override
    public void run(List<String> args) throws CliException {
        String sub = args.isEmpty() ? "" : args.get(0); //$NON-NLS-1$
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try (CaseStoreAccess stores = new CaseStoreAccess(context)) {
            switch (sub) {
                case "list" -> list(stores, Options.parse(rest, List.of("--store", "--status", "--severity", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        "--assignee", "--system", "--text", "--sort"), List.of("--overdue"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                case "show" -> show(stores, Options.parse(rest, List.of("--store"))); //$NON-NLS-1$ //$NON-NLS-2$
                case "create" -> create(stores, Options.parse(rest, Stream.concat(CaseOptions.VALUES.stream(), //$NON-NLS-1$
                        Stream.of("--template", "--lang")).toList())); //$NON-NLS-1$ //$NON-NLS-2$
                case "update" -> update(stores, Options.parse(rest, UPDATE_VALUES)); //$NON-NLS-1$
                case "comment" -> comment(stores, Options.parse(rest, List.of("--store"))); //$NON-NLS-1$ //$NON-NLS-2$
                case "export" -> export(stores, Options.parse(rest, List.of("--store", "--lang", "--out", "--format"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                case "templates" -> new CaseTemplates(out).run(stores, rest); //$NON-NLS-1$
                case "settings" -> settings(stores, Options.parse(rest, List.of("--store", "--unit", "--address", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        "--contacts", "--operator", "--remove-operator"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                default -> throw CliException.usage(NLS.bind(Messages.Cases_unknownSubcommand, sub));
            }
        } catch (CaseException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private void list(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        noPositional(options, 0);
        CaseStore store = store(stores, options);
        CaseQuery query = new CaseQuery(enums(Status.class, options, "--status"), enums(Severity.class, options, //$NON-NLS-1$
                "--severity"), null, options.value("--assignee"), options.value("--system"), options.has("--overdue"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                options.value("--text"), options.has("--sort") //$NON-NLS-1$ //$NON-NLS-2$
                        ? CaseOptions.enumValue(CaseQuery.Sort.class, options, "--sort") : CaseQuery.Sort.NEWEST); //$NON-NLS-1$
        new CasePrinter(out).list(store.list(query), store.settings().sla(), clock.instant());
    }

    private void show(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        String number = number(options);
        CaseStore store = store(stores, options);
        Case c = store.get(number);
        new CasePrinter(out).show(c, store.comments(number), store.audit(number), store.settings(), clock.instant());
    }

    private void create(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        if (options.positional().isEmpty()) {
            throw CliException.usage(Messages.Cases_noTitle);
        }
        CaseStore store = store(stores, options);
        String title = String.join(" ", options.positional()); //$NON-NLS-1$
        CaseDraft draft = options.has("--template") //$NON-NLS-1$
                ? template(store, options.value("--template")).draft(title, language(options), null) //$NON-NLS-1$
                : CaseDraft.create(title);
        CaseOptions.apply(options, draft);
        CaseSystems.apply(options, draft, context);
        Case created = store.create(draft);
        out.println(NLS.bind(Messages.Cases_created, created.number(), store.info().name()));
    }

    private void update(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        if (options.positional().isEmpty()) {
            throw CliException.usage(Messages.Cases_noNumber);
        }
        CaseStore store = store(stores, options);
        if (options.positional().size() > 1) {
            bulk(store, options);
        } else if (options.has("--merge-into")) { //$NON-NLS-1$
            Case merged = store.merge(options.positional().get(0), options.value("--merge-into")); //$NON-NLS-1$
            out.println(NLS.bind(Messages.Cases_merged, options.positional().get(0), merged.number()));
        } else {
            Case saved = store.update(edit(store.get(options.positional().get(0)), options, store.user()));
            out.println(NLS.bind(Messages.Cases_updated, saved.number(), saved.version()));
        }
    }

    private Case edit(Case c, Options options, String user) throws CliException, CaseException {
        CaseDraft draft = c.edit();
        if (options.has("--title")) { //$NON-NLS-1$
            draft.title(options.value("--title")); //$NON-NLS-1$
        }
        if (options.has("--status")) { //$NON-NLS-1$
            draft.status(CaseOptions.enumValue(Status.class, options, "--status")); //$NON-NLS-1$
        }
        if (options.has("--resolution")) { //$NON-NLS-1$
            draft.resolution(CaseOptions.enumValue(Resolution.class, options, "--resolution")); //$NON-NLS-1$
        }
        if (options.has("--summary")) { //$NON-NLS-1$
            draft.summary(options.value("--summary")); //$NON-NLS-1$
        }
        draft.tags().removeAll(options.values("--untag")); //$NON-NLS-1$
        for (String task : options.values("--done")) { //$NON-NLS-1$
            CaseTask done = task(c, task);
            draft.replaceTask(done.markDone(clock.instant(), user));
        }
        CaseOptions.apply(options, draft);
        CaseSystems.apply(options, draft, context);
        return draft.build();
    }

    private void bulk(CaseStore store, Options options) throws CliException {
        List<String> unsupported = new ArrayList<>(UPDATE_VALUES);
        unsupported.removeAll(BULK_OPTIONS);
        for (String option : unsupported) {
            if (options.has(option)) {
                throw CliException.usage(NLS.bind(Messages.Cases_notInBulk, option));
            }
        }
        BulkChange change = new BulkChange(
                options.has("--status") ? CaseOptions.enumValue(Status.class, options, "--status") : null, //$NON-NLS-1$ //$NON-NLS-2$
                options.has("--resolution") ? CaseOptions.enumValue(Resolution.class, options, "--resolution") : null, //$NON-NLS-1$ //$NON-NLS-2$
                options.value("--summary"), options.value("--assignee")); //$NON-NLS-1$ //$NON-NLS-2$
        BulkResult result = store.bulk(options.positional(), change);
        result.changed().forEach(c -> out.println(NLS.bind(Messages.Cases_updated, c.number(), c.version())));
        result.refused().forEach((number, reason) -> out.println(NLS.bind(Messages.Cases_refused, number, reason)));
        if (!result.refused().isEmpty()) {
            throw CliException.failure(NLS.bind(Messages.Cases_bulkIncomplete, result.refused().size(),
                    options.positional().size()));
        }
    }

    private void comment(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        if (options.positional().size() < 2) {
            throw CliException.usage(Messages.Cases_noComment);
        }
        CaseStore store = store(stores, options);
        String text = String.join(" ", options.positional().subList(1, options.positional().size())); //$NON-NLS-1$
        store.comment(options.positional().get(0), text);
        out.println(NLS.bind(Messages.Cases_commented, store.get(options.positional().get(0)).number()));
    }

    private void export(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        String number = number(options);
        Path target = options.has("--out") ? Path.of(options.value("--out")) : null; //$NON-NLS-1$ //$NON-NLS-2$
        ReportFormat format = format(options, target);
        if (target == null && !format.isText()) {
            throw CliException.usage(NLS.bind(Messages.Cases_binaryToTerminal, format.name()));
        }
        CaseStore store = store(stores, options);
        Case c = store.get(number);
        IncidentReport report = IncidentReport.of(c, store.audit(number), store.settings(), language(options),
                clock.getZone(), clock.instant());
        if (target == null) {
            out.print(format.text(report.document()));
            return;
        }
        try {
            format.write(report.document(), target);
        } catch (IOException e) {
            throw CliException.failure(e.getMessage());
        }
        out.println(NLS.bind(Messages.Cases_exported, c.number(), target));
    }

    /** {@code --format}, else the extension of {@code --out}, else Markdown. */
    private static ReportFormat format(Options options, Path target) throws CliException {
        if (options.has("--format")) { //$NON-NLS-1$
            String name = options.value("--format"); //$NON-NLS-1$
            return ReportFormat.named(name)
                    .orElseThrow(() -> CliException.usage(NLS.bind(Messages.Cases_badFormat, name)));
        }
        return target == null ? ReportFormat.MARKDOWN : ReportFormat.of(target).orElse(ReportFormat.MARKDOWN);
    }

    private void settings(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        noPositional(options, 0);
        CaseStore store = store(stores, options);
        CaseSettings settings = store.settings();
        ReportingUnit unit = settings.unit();
        ReportingUnit changedUnit = new ReportingUnit(orElse(options.value("--unit"), unit.name()), //$NON-NLS-1$
                orElse(options.value("--address"), unit.address()), orElse(options.value("--contacts"), unit.contacts())); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> operators = new ArrayList<>(settings.operators());
        operators.removeAll(options.values("--remove-operator")); //$NON-NLS-1$
        options.values("--operator").stream().filter(name -> !operators.contains(name)).forEach(operators::add); //$NON-NLS-1$
        CaseSettings changed = settings.withUnit(changedUnit).withOperators(operators);
        if (!changed.equals(settings)) {
            store.saveSettings(changed);
        }
        out.println(NLS.bind(Messages.Cases_settings, new Object[] { store.info().name(), changedUnit.name(),
                changedUnit.address(), changedUnit.contacts().replace("\n", "; "), CasePrinter.operators(changed) })); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static CaseStore store(CaseStoreAccess stores, Options options) throws CliException {
        return stores.store(options.has("--store") ? options.value("--store") : CaseStores.LOCAL); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static CaseTemplate template(CaseStore store, String id) throws CliException, CaseException {
        List<CaseTemplate> templates = store.templates();
        return templates.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> CliException.usage(
                NLS.bind(Messages.Cases_unknownTemplate, id, templates.stream().map(CaseTemplate::id).toList())));
    }

    private static CaseTask task(Case c, String reference) throws CliException {
        try {
            int index = Integer.parseInt(reference) - 1;
            if (index >= 0 && index < c.tasks().size()) {
                return c.tasks().get(index);
            }
        } catch (NumberFormatException e) {
            // Not a position: it may be the task's id.
        }
        return c.task(reference).orElseThrow(() -> CliException.usage(NLS.bind(Messages.Cases_unknownTask, reference,
                c.number())));
    }

    static Locale language(Options options) throws CliException {
        String lang = options.has("--lang") ? options.value("--lang") : Locale.getDefault().getLanguage(); //$NON-NLS-1$ //$NON-NLS-2$
        if (options.has("--lang") && !Set.of("vi", "en").contains(lang)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw CliException.usage(NLS.bind(Messages.Cases_badLanguage, lang));
        }
        return Locale.of(lang);
    }

    private static String number(Options options) throws CliException {
        noPositional(options, 1);
        return options.positional().get(0);
    }

    static void noPositional(Options options, int expected) throws CliException {
        if (options.positional().size() < expected) {
            throw CliException.usage(Messages.Cases_noNumber);
        }
        if (options.positional().size() > expected) {
            throw CliException.usage(NLS.bind(Messages.Cli_unexpectedArgument, options.positional().get(expected)));
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Options options, String name) throws CliException {
        if (!options.has(name)) {
            return Set.of();
        }
        EnumSet<E> values = EnumSet.noneOf(type);
        for (String word : options.value(name).split(",")) { //$NON-NLS-1$
            values.add(CaseOptions.enumValue(type, name, word));
        }
        return values;
    }
}
