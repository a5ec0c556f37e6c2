package org.vigil.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.CaseException;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Labels;
import org.vigil.cases.Sla;
import org.vigil.cases.TaskTemplate;

/**
 * {@code vigil-cli cases templates [list|show|export|import]}: the case templates of a store,
 * and their round trip through a file an operator edits ({@link TemplateFile}). The store API
 * has no removal: a changed shipped template is restored by importing the shipped version
 * ({@code export} of a fresh store, or {@code --shipped}).
 */
final class CaseTemplates {

    private final PrintStream out;
    private final Labels labels = Labels.of(Locale.getDefault());

    CaseTemplates(PrintStream out) {
        this.out = out;
    }

    void run(CaseStoreAccess stores, List<String> args) throws CliException, CaseException {
        String sub = args.isEmpty() || args.get(0).startsWith("--") ? "list" : args.get(0); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> rest = args.isEmpty() || args.get(0).startsWith("--") ? args : args.subList(1, args.size()); //$NON-NLS-1$
        switch (sub) {
            case "list" -> list(stores, Options.parse(rest, List.of("--store"))); //$NON-NLS-1$ //$NON-NLS-2$
            case "show" -> show(stores, Options.parse(rest, List.of("--store", "--lang"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "export" -> export(stores, Options.parse(rest, List.of("--store", "--out"), List.of("--shipped"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "import" -> importFile(stores, Options.parse(rest, List.of("--store"))); //$NON-NLS-1$ //$NON-NLS-2$
            default -> throw CliException.usage(NLS.bind(Messages.Templates_unknownSubcommand, sub));
        }
    }

    private void list(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        CasesCommand.noPositional(options, 0);
        List<CaseTemplate> templates = CasesCommand.store(stores, options).templates();
        out.println(NLS.bind(Messages.Templates_listHeader, templates.size()));
        for (CaseTemplate t : templates) {
            out.printf("  %-18s %-12s %-10s %-9s %2d  %-26s %s%n", t.id(), labels.label(t.origin()), //$NON-NLS-1$
                    labels.label(t.severity()), sla(t), t.tasks().size(), labels.label(t.category()),
                    t.name().in(Locale.getDefault()));
        }
    }

    private void show(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        CasesCommand.noPositional(options, 1);
        Locale language = CasesCommand.language(options);
        CaseTemplate t = CasesCommand.template(CasesCommand.store(stores, options), options.positional().get(0));
        Labels in = Labels.of(language);
        out.println(t.id() + "  " + t.name().in(language) + "  (" + in.label(t.origin()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.println(NLS.bind(Messages.Templates_showClass, new Object[] { in.label(t.category()), in.label(t.severity()),
                sla(t), String.join(", ", t.tags()) })); //$NON-NLS-1$
        if (!t.description().en().isBlank()) {
            out.println(t.description().in(language));
        }
        out.println(NLS.bind(Messages.Cases_showTasks, t.tasks().size()));
        int position = 1;
        for (TaskTemplate task : t.tasks()) {
            out.println("  " + position++ + ". " + task.title().in(language) + (task.mandatory() ? " (*)" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }

    private void export(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        CasesCommand.noPositional(options, 1);
        String id = options.positional().get(0);
        CaseTemplate template = options.has("--shipped") ? CaseTemplate.shipped().stream() //$NON-NLS-1$
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> CliException.usage(NLS.bind(
                        Messages.Cases_unknownTemplate, id, CaseTemplate.shipped().stream().map(CaseTemplate::id).toList())))
                : CasesCommand.template(CasesCommand.store(stores, options), id);
        String target = options.value("--out"); //$NON-NLS-1$
        try (Writer writer = Outputs.open(out, target)) {
            TemplateFile.write(template, writer);
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.Templates_cannotWrite, target, e.getMessage()));
        }
        if (target != null && !"-".equals(target)) { //$NON-NLS-1$
            out.println(NLS.bind(Messages.Templates_exported, id, target));
        }
    }

    private void importFile(CaseStoreAccess stores, Options options) throws CliException, CaseException {
        CasesCommand.noPositional(options, 1);
        String file = options.positional().get(0);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(Path.of(file))))
                    .toString();
        } catch (CharacterCodingException e) {
            throw CliException.failure(NLS.bind(Messages.Templates_notUtf8, file));
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.Templates_cannotRead, file, e.getMessage()));
        }
        CaseTemplate template = TemplateFile.read(file, text);
        CaseStore store = CasesCommand.store(stores, options);
        store.saveTemplate(template);
        out.println(NLS.bind(Messages.Templates_imported, new Object[] { template.id(), store.info().name(),
                labels.label(template.origin()) }));
    }

    private static String sla(CaseTemplate t) {
        return Sla.format(t.sla().acknowledge()) + "/" + Sla.format(t.sla().resolve()); //$NON-NLS-1$
    }
}
