package org.vigil.events.ui.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.vigil.events.FieldInfo;
import org.vigil.events.GuardedSource;
import org.vigil.events.MultiSource;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceProfile;

/**
 * The source Investigate searches and what it shows of it first, without SWT so that it is tested
 * headless: the source chosen, behind the workbench's time limit, or all of them as one; the
 * columns, field order and top values its {@link SourceProfile} asks for.
 */
final class SourceChoice {

    private SourceChoice() {
    }

    /**
     * @param sources the registry's sources, in the order of the source list
     * @param index the entry chosen: one of them, or all of them as one just after the last
     * @param limit how long one call of a source may take before it is cancelled and named
     * @param leftOut told of a source that failed or was too slow when several are searched
     * @return the source whose every call ends within the limit with an error naming it, or null
     *         when nothing is chosen
     */
    static RegisteredSource of(List<RegisteredSource> sources, int index, Duration limit, MultiSource.Failures leftOut) {
        if (index < 0 || index > sources.size() || sources.isEmpty()) {
            return null;
        }
        if (index < sources.size()) {
            RegisteredSource chosen = sources.get(index);
            return new RegisteredSource(GuardedSource.of(chosen.source(), limit), chosen.bundle(), chosen.ranking());
        }
        // Each source of several is guarded by MultiSource itself, which also leaves it out of the answer.
        MultiSource all = new MultiSource(sources.stream().map(RegisteredSource::source).toList(), limit, leftOut);
        return new RegisteredSource(all, FrameworkUtil.getBundle(MultiSource.class).getSymbolicName(), 0);
    }

    /**
     * @param profile the profile of the source chosen
     * @param shown the field columns on screen
     * @param replace whether the operator chose this source just now, rather than Investigate
     *            opening on it with the columns the operator left
     * @return the columns to show instead, or null to keep those on screen
     */
    static List<String> columns(SourceProfile profile, List<String> shown, boolean replace) {
        if (profile.columns().isEmpty() || profile.columns().equals(shown) || !replace && !shown.isEmpty()) {
            return null;
        }
        return profile.columns();
    }

    /**
     * @param known the source's fields, sorted by name
     * @param profile its profile
     * @return the same fields with the profile's top fields first, in the profile's order
     */
    static List<FieldInfo> ordered(List<FieldInfo> known, SourceProfile profile) {
        List<FieldInfo> first = new ArrayList<>();
        for (String name : profile.topFields()) {
            known.stream().filter(field -> field.name().equals(name)).findFirst().ifPresent(first::add);
        }
        List<FieldInfo> all = new ArrayList<>(first);
        known.stream().filter(field -> !first.contains(field)).forEach(all::add);
        return all;
    }

    /**
     * @param known the source's fields
     * @param profile its profile
     * @return the field whose top values the sidebar shows after a search, or null if the
     *         profile names none the source has
     */
    static String firstTopField(List<FieldInfo> known, SourceProfile profile) {
        String field = profile.firstTopField();
        return field != null && known.stream().anyMatch(info -> info.name().equals(field)) ? field : null;
    }
}
