package org.vigil.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/** The {@code --name value} options of a sub-command, checked against the names it accepts. */
final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(List<String> args, List<String> accepted) throws CliException {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!accepted.contains(name)) {
                throw CliException.usage(NLS.bind(Messages.Cli_unknownOption, name));
            }
            if (i + 1 == args.size()) {
                throw CliException.usage(NLS.bind(Messages.Cli_optionNeedsValue, name));
            }
            values.put(name, args.get(i + 1));
        }
        return new Options(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String value(String name) {
        return values.get(name);
    }

    long longValue(String name, long fallback) throws CliException {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw CliException.usage(NLS.bind(Messages.Cli_badNumber, name, text));
        }
    }
}
