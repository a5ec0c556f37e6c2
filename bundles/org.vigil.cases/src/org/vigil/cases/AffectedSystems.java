package org.vigil.cases;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.vigil.core.model.Event;

/**
 * The information systems cases affect, as the registry and tagged events name them: systems
 * from events, the registry's current name and level for references, the highest level of a
 * case, a registry list narrowed by what the operator types, and the open cases of each system.
 * This bundle does not depend on the registry: it reads its event fields by name and takes its
 * systems as {@link SystemRef}s.
 */
public final class AffectedSystems {

    /** The event field the registry's tagger writes the systems' ids to (one value or a list). */
    public static final String ID_FIELD = "vigil.system.id"; //$NON-NLS-1$
    /** The event field with the systems' names, in the order of the ids. */
    public static final String NAME_FIELD = "vigil.system.name"; //$NON-NLS-1$
    /** The event field with the highest level among the systems (the first system's). */
    public static final String LEVEL_FIELD = "vigil.system.level"; //$NON-NLS-1$

    private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$

    /**
     * A system of the registry offered to pick, with its owner agency for people to tell
     * systems of the same name apart.
     *
     * @param system the reference a case stores
     * @param agency the owner agency's name
     */
    public record Choice(SystemRef system, String agency) {

        /**
         * @param typed what the operator typed; words are matched in any order, ignoring case
         *            and Vietnamese diacritics, against the name, the agency and the id
         * @return whether the choice stays in the list
         */
        public boolean matches(String typed) {
            String haystack = fold(system.name() + ' ' + agency + ' ' + system.registryId());
            return Stream.of(fold(typed).split("\\s+")).allMatch(haystack::contains); //$NON-NLS-1$
        }
    }

    private AffectedSystems() {
    }

    /**
     * @param events events, tagged by the registry or not
     * @return the systems they name, unique, in event order; only the first system of an event
     *         gets the event's level, as the level field holds the highest one
     */
    public static List<SystemRef> fromEvents(Collection<Event> events) {
        Map<String, SystemRef> found = new LinkedHashMap<>();
        for (Event event : events) {
            List<String> ids = values(event.get(ID_FIELD));
            List<String> names = values(event.get(NAME_FIELD));
            Integer level = level(event.get(LEVEL_FIELD));
            for (int i = 0; i < ids.size(); i++) {
                String name = i < names.size() ? names.get(i) : ids.get(i);
                SystemRef ref = new SystemRef(ids.get(i), name, i == 0 ? level : null);
                found.merge(ref.key(), ref, (kept, later) -> kept.level() == null ? later : kept);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * @param systems a case's systems
     * @param registry the registry's systems by id, as references with their current name and level
     * @return the systems with the registry's name and level where it still lists them; others unchanged
     */
    public static List<SystemRef> refreshed(List<SystemRef> systems, Map<String, SystemRef> registry) {
        return systems.stream().map(s -> s.registered() ? registry.getOrDefault(s.registryId(), s) : s).toList();
    }

    /**
     * @param systems a case's systems
     * @return the highest security level among them, if any has one
     */
    public static Optional<Integer> highestLevel(Collection<SystemRef> systems) {
        return systems.stream().map(SystemRef::level).filter(l -> l != null).max(Comparator.naturalOrder());
    }

    /**
     * @param choices the registry's systems
     * @param typed what the operator typed, blank for all
     * @return the choices that match, in the order given
     */
    public static List<Choice> filter(List<Choice> choices, String typed) {
        return typed == null || typed.isBlank() ? choices : choices.stream().filter(c -> c.matches(typed)).toList();
    }

    /**
     * @param cases cases, e.g. those of {@link CaseQuery#open()}
     * @return the cases that are open (neither closed nor merged), by the registry id of each
     *         registered system they affect, in the order given
     */
    public static Map<String, List<Case>> openBySystem(List<Case> cases) {
        Map<String, List<Case>> bySystem = new TreeMap<>();
        cases.stream().filter(AffectedSystems::open).forEach(c -> c.systems().stream().filter(SystemRef::registered)
                .map(SystemRef::registryId).distinct()
                .forEach(id -> bySystem.computeIfAbsent(id, key -> new ArrayList<>()).add(c)));
        bySystem.replaceAll((id, list) -> List.copyOf(list));
        return bySystem;
    }

    /**
     * @param c a case
     * @return whether it still needs work: not closed and not merged into another
     */
    public static boolean open(Case c) {
        return c.status() != Status.CLOSED && !c.merged();
    }

    /** @return the text in lower case without diacritics; đ counts as d */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll(""); //$NON-NLS-1$
    }

    private static List<String> values(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static Integer level(Object value) {
        try {
            int level = value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value).strip());
            return level >= 1 && level <= 5 ? level : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
