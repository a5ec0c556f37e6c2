package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.registry.RegistryException;

/**
 * {@code vigil-cli systems list|show|import|export|compliance}: the registry of information
 * systems, one sub-command per verb: the active registry (the team's when a configured source
 * holds it, else the embedded store), or the one {@code --store local|SOURCE} names.
 */
final class SystemsCommand implements Command {

    private final Map<String, Command> verbs = new LinkedHashMap<>();

    SystemsCommand(BundleContext context, PrintStream out, Clock clock) {
        for (Command verb : List.of(new SystemsList(context, out, clock), new SystemsShow(context, out, clock),
                new SystemsImport(context, out, clock), new SystemsExport(context, out, clock),
                new SystemsCompliance(context, out, clock))) {
            verbs.put(verb.name(), verb);
        }
    }

    @Override
    public String name() {
        return "systems"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return Messages.Systems_summary;
    }

    @Override
    public void run(List<String> args) throws CliException {
        Command verb = args.isEmpty() ? null : verbs.get(args.get(0));
        if (verb == null) {
            throw CliException.usage(NLS.bind(Messages.Systems_unknownVerb, args.isEmpty() ? "" : args.get(0), //$NON-NLS-1$
                    verbs.values().stream().map(Command::summary).collect(Collectors.joining("; ")))); //$NON-NLS-1$
        }
        verb.run(args.subList(1, args.size()));
    }

    /**
     * @param e a registry failure
     * @return it as a failure of the command, its message naming what went wrong
     */
    static CliException failure(RegistryException e) {
        return CliException.failure(e.getMessage());
    }
}
