package org.vigil.registry;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.vigil.registry.internal.Messages;

/** A registry operation that did not happen; nothing of it was written. */
public class RegistryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the operation did not happen. */
    public enum Kind {
        /** The data has errors; {@link RegistryException#problems()} names the fields. */
        INVALID,
        /** Someone saved the system since it was read: its version is not the stored one. */
        CONFLICT,
        /** No system or agency has the id. */
        NOT_FOUND,
        /** The agency still owns systems or has agencies below it. */
        IN_USE,
        /** The store cannot be read or written. */
        STORAGE
    }

    private final Kind kind;
    private final transient List<Problem> problems;

    /**
     * @param kind why
     * @param message what happened, in the language Vigil runs in
     * @param cause the underlying failure, or null
     */
    public RegistryException(Kind kind, String message, Throwable cause) {
        this(kind, message, List.of(), cause);
    }

    private RegistryException(Kind kind, String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    /**
     * @param problems the problems found; the errors among them are why nothing was saved
     * @return an exception of kind {@link Kind#INVALID} whose message lists the errors
     */
    public static RegistryException invalid(List<Problem> problems) {
        String errors = problems.stream().filter(Problem::isError).map(Problem::toString)
                .collect(Collectors.joining("; ")); //$NON-NLS-1$
        return new RegistryException(Kind.INVALID, errors, problems, null);
    }

    /** @param id a system or agency id @return an exception of kind {@link Kind#NOT_FOUND} */
    public static RegistryException notFound(String id) {
        return new RegistryException(Kind.NOT_FOUND, NLS.bind(Messages.Registry_notFound, id), null);
    }

    /**
     * @param id a system id
     * @param given the version the caller had
     * @param stored the version in the store
     * @return an exception of kind {@link Kind#CONFLICT}
     */
    public static RegistryException conflict(String id, long given, long stored) {
        return new RegistryException(Kind.CONFLICT, NLS.bind(Messages.Registry_conflict,
                new Object[] { id, given, stored }), null);
    }

    /** @param id an agency id @return an exception of kind {@link Kind#IN_USE} */
    public static RegistryException inUse(String id) {
        return new RegistryException(Kind.IN_USE, NLS.bind(Messages.Registry_agencyInUse, id), null);
    }

    /** @return why the operation did not happen */
    public Kind kind() {
        return kind;
    }

    /** @return for {@link Kind#INVALID}, every problem found, warnings included; otherwise empty */
    public List<Problem> problems() {
        return problems;
    }
}
