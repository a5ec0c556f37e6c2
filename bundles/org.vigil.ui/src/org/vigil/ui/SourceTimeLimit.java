package org.vigil.ui;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.vigil.events.GuardedSource;

/**
 * How long one call of a data source may take in the workbench (a search, a count, a histogram,
 * top values, the field list) before it is cancelled and the source named as too slow: one
 * preference, set in Preferences, for a single source and for each of several searched at once.
 * Added in package version 0.2.4.
 */
public final class SourceTimeLimit {

    /** The preference's key in the {@code org.vigil.ui} instance node. */
    public static final String PREFERENCE = "source.timeout.seconds"; //$NON-NLS-1$
    /** The shortest limit offered: a busy cluster answers a histogram in seconds. */
    public static final int MIN_SECONDS = 5;
    /** The longest: an operator waits no longer than this for a source before asking for the others. */
    public static final int MAX_SECONDS = 600;

    private SourceTimeLimit() {
    }

    /** @return the limit the operator chose, {@link GuardedSource#DEFAULT_TIMEOUT} if none */
    public static Duration get() {
        int seconds = node().getInt(PREFERENCE, (int) GuardedSource.DEFAULT_TIMEOUT.toSeconds());
        return Duration.ofSeconds(Math.clamp(seconds, MIN_SECONDS, MAX_SECONDS));
    }

    /**
     * @param seconds the new limit, kept for the next start
     * @throws IllegalArgumentException if it is outside {@link #MIN_SECONDS}..{@link #MAX_SECONDS}
     */
    public static void set(int seconds) {
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("source time limit: " + seconds + " s is not between " + MIN_SECONDS //$NON-NLS-1$ //$NON-NLS-2$
                    + " and " + MAX_SECONDS); //$NON-NLS-1$
        }
        IEclipsePreferences node = node();
        node.putInt(PREFERENCE, seconds);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Kept for this session; the workspace will be written at exit.
            System.getLogger(SourceTimeLimit.class.getName()).log(System.Logger.Level.WARNING,
                    "source time limit not saved yet", e); //$NON-NLS-1$
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode("org.vigil.ui"); //$NON-NLS-1$
    }
}
