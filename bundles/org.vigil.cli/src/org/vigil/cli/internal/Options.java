package org.vigil.cli.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/** The {@code --name value} options of a sub-command, checked against the names it accepts. */
final class Options {

    private final Map<String, List<String>> values;
    private final List<String> positional;

    private Options(Map<String, List<String>> values, List<String> positional) {
        this.values = values;
        this.positional = positional;
    }

    static Options parse(List<String> args, List<String> accepted) throws CliException {
        return parse(args, accepted, List.of());
    }

    /**
     * @param args the arguments after the command word
     * @param accepted the options that take a value
     * @param flags the options that take none; their value reads as "true"
     * @return the options, and the words that are not options, in order
     * @throws CliException on an unknown option or a missing value
     */
    static Options parse(List<String> args, List<String> accepted, List<String> flags) throws CliException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if (flags.contains(word)) {
                values.computeIfAbsent(word, name -> new ArrayList<>()).add("true");
            } else if (accepted.contains(word)) {
                if (i + 1 == args.size()) {
                    throw CliException.usage(NLS.bind(Messages.Cli_optionNeedsValue, word));
                }
                values.computeIfAbsent(word, name -> new ArrayList<>()).add(args.get(++i));
            } else if (word.startsWith("--")) {
                throw CliException.usage(NLS.bind(Messages.Cli_unknownOption, word));
            } else {
                positional.add(word);
            }
        }
        return new Options(values, positional);
    }

    List<String> positional() {
        return positional;
    }

    /** @return the same options without the first positional word, which the command has taken */
    Options withoutFirstPositional() {
        return new Options(values, positional.subList(1, positional.size()));
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** @return the option's value; the last one when it was given several times */
    String value(String name) {
        List<String> given = values.get(name);
        return given == null ? null : given.getLast();
    }

    /** @return every value the option was given, in order; empty when it was not */
    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * @param name an option that takes an instant
     * @return its value, or {@code null} when not given
     * @throws CliException (usage) if it is not an ISO-8601 instant
     */
    Instant instantValue(String name) throws CliException {
        String text = value(name);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw CliException.usage(NLS.bind(Messages.Cli_badInstant, text));
        }
    }

    long longValue(String name, long fallback) throws CliException {
        String text = value(name);
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
