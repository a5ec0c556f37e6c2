package org.vigil.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseTask;
import org.vigil.cases.Category;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.Observable;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Observables;
import org.vigil.cases.Pap;
import org.vigil.cases.Severity;
import org.vigil.cases.Tlp;

/**
 * The options {@code cases create} and {@code cases update} share, applied to a draft: what
 * the case says (title aside) and what it holds. Enum values are read case-insensitively, with
 * {@code -} or {@code +} for {@code _} ({@code in-progress}, {@code amber+strict}).
 */
final class CaseOptions {

    /** The options that take a value. */
    static final List<String> VALUES = List.of("--store", "--description", "--impact", "--detected-by", "--severity", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "--category", "--tlp", "--pap", "--assignee", "--detected", "--reported", "--system", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "--unregistered-system", "--observable", //$NON-NLS-1$ //$NON-NLS-2$
            "--ioc", "--tag", "--task", "--mandatory-task", "--watcher"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private CaseOptions() {
    }

    /**
     * @param options the parsed options
     * @param draft the case being created or edited
     * @throws CliException (usage) for a value that is not one of its kind's names or not an instant
     * @throws InvalidCaseException for a malformed observable
     */
    static void apply(Options options, CaseDraft draft) throws CliException, InvalidCaseException {
        text(options, "--description").ifPresent(draft::description); //$NON-NLS-1$
        text(options, "--impact").ifPresent(draft::impact); //$NON-NLS-1$
        text(options, "--detected-by").ifPresent(draft::detectionSource); //$NON-NLS-1$
        text(options, "--assignee").ifPresent(draft::assignee); //$NON-NLS-1$
        if (options.has("--severity")) { //$NON-NLS-1$
            draft.severity(enumValue(Severity.class, options, "--severity")); //$NON-NLS-1$
        }
        if (options.has("--category")) { //$NON-NLS-1$
            draft.category(enumValue(Category.class, options, "--category")); //$NON-NLS-1$
        }
        if (options.has("--tlp")) { //$NON-NLS-1$
            draft.tlp(enumValue(Tlp.class, options, "--tlp")); //$NON-NLS-1$
        }
        if (options.has("--pap")) { //$NON-NLS-1$
            draft.pap(enumValue(Pap.class, options, "--pap")); //$NON-NLS-1$
        }
        if (options.has("--detected")) { //$NON-NLS-1$
            draft.times(draft.times().withDetected(options.instantValue("--detected"))); //$NON-NLS-1$
        }
        if (options.has("--reported")) { //$NON-NLS-1$
            draft.times(draft.times().withReported(options.instantValue("--reported"))); //$NON-NLS-1$
        }
        for (String value : options.values("--observable")) { //$NON-NLS-1$
            draft.observables().add(observable(value, false));
        }
        for (String value : options.values("--ioc")) { //$NON-NLS-1$
            draft.observables().add(observable(value, true));
        }
        draft.tags().addAll(options.values("--tag")); //$NON-NLS-1$
        draft.watchers().addAll(options.values("--watcher")); //$NON-NLS-1$
        options.values("--task").forEach(title -> draft.tasks().add(CaseTask.open(title, false))); //$NON-NLS-1$
        options.values("--mandatory-task").forEach(title -> draft.tasks().add(CaseTask.open(title, true))); //$NON-NLS-1$
    }

    /**
     * @param <E> the enum
     * @param type the enum's class
     * @param options the parsed options
     * @param name the option
     * @return the option's value as a constant of the enum
     * @throws CliException (usage) naming the accepted values
     */
    static <E extends Enum<E>> E enumValue(Class<E> type, Options options, String name) throws CliException {
        return enumValue(type, name, options.value(name));
    }

    /**
     * @param <E> the enum
     * @param type the enum's class
     * @param name the option, for the message
     * @param text the value given
     * @return the value as a constant of the enum
     * @throws CliException (usage) naming the accepted values
     */
    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String text) throws CliException {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('+', '_');
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(wanted)).findFirst()
                .orElseThrow(() -> CliException.usage(NLS.bind(Messages.Cases_badValue, new Object[] { name, text,
                        Arrays.stream(type.getEnumConstants()).map(CaseOptions::word).collect(Collectors.joining(", ")) }))); //$NON-NLS-1$
    }

    /**
     * @param value {@code TYPE:VALUE}, or a bare value whose type is recognised
     * @param ioc whether it is an indicator of compromise
     * @return the observable
     * @throws InvalidCaseException if the value is not valid for its type, or has no recognisable type
     */
    static Observable observable(String value, boolean ioc) throws InvalidCaseException {
        int colon = value.indexOf(':');
        Optional<ObservableType> named = colon < 0 ? Optional.empty() : Arrays.stream(ObservableType.values())
                .filter(type -> word(type).equals(value.substring(0, colon).toLowerCase(Locale.ROOT).replace('_', '-')))
                .findFirst();
        String bare = named.isPresent() ? value.substring(colon + 1) : value;
        ObservableType type = named.or(() -> Observables.detect(bare)).orElseThrow(() -> new InvalidCaseException(
                Observables.FIELD, NLS.bind(Messages.Cases_unknownObservable, value)));
        return Observables.of(type, bare).withIoc(ioc);
    }

    /** @return the constant as typed on the command line: {@code in-progress}, {@code amber-strict} */
    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<String> text(Options options, String name) {
        return Optional.ofNullable(options.value(name));
    }
}
