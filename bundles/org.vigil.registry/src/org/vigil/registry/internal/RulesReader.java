package org.vigil.registry.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.vigil.registry.compliance.Bilingual;
import org.vigil.registry.compliance.ComplianceRules;
import org.vigil.registry.compliance.Measure;
import org.vigil.registry.compliance.Requirement;
import org.vigil.registry.compliance.RequirementKind;
import org.vigil.registry.compliance.RulesException;
import org.vigil.registry.compliance.Target;

/**
 * Reads the rules file: {@code target.<id>.<attribute>} and {@code requirement.<code>.<attribute>}
 * keys, kept in the order of the file. Every wrong key is reported, not only the first, so that
 * one round of editing fixes the file.
 */
public final class RulesReader {

    private static final Pattern KEY = Pattern.compile("(target|requirement)\\.(.+?)\\.([a-z]+(?:\\.vi)?)"); //$NON-NLS-1$
    private static final Pattern LEVELS = Pattern.compile("([1-5])(?:\\s*-\\s*([1-5]))?"); //$NON-NLS-1$
    private static final Set<String> TARGET_ATTRIBUTES = Set.of("measure", "parameter", "levels", "share", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "deadline", "label", "label.vi"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Set<String> REQUIREMENT_ATTRIBUTES = Set.of("kind", "levels", "group", "group.vi", "text", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "text.vi"); //$NON-NLS-1$

    private final String source;
    private final List<String> errors = new ArrayList<>();

    private RulesReader(String source) {
        this.source = source;
    }

    /**
     * @param reader the file's content
     * @param source its name, for errors
     * @return the rules
     * @throws IOException if it cannot be read
     * @throws RulesException listing every wrong key
     */
    public static ComplianceRules read(Reader reader, String source) throws IOException, RulesException {
        return new RulesReader(source).read(reader);
    }

    private ComplianceRules read(Reader reader) throws IOException, RulesException {
        Map<String, Map<String, String>> targets = new LinkedHashMap<>();
        Map<String, Map<String, String>> requirements = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : ordered(reader).entrySet()) {
            Matcher key = KEY.matcher(entry.getKey());
            boolean target = key.matches() && key.group(1).equals("target"); //$NON-NLS-1$
            if (!key.matches() || !(target ? TARGET_ATTRIBUTES : REQUIREMENT_ATTRIBUTES).contains(key.group(3))) {
                errors.add(NLS.bind(Messages.Rules_unknownKey, entry.getKey()));
                continue;
            }
            (target ? targets : requirements).computeIfAbsent(key.group(2), id -> new LinkedHashMap<>())
                    .put(key.group(3), entry.getValue().strip());
        }
        List<Target> readTargets = new ArrayList<>();
        targets.forEach((id, attributes) -> readTargets.add(target(id, attributes)));
        List<Requirement> readRequirements = new ArrayList<>();
        requirements.forEach((code, attributes) -> readRequirements.add(requirement(code, attributes)));
        if (!errors.isEmpty()) {
            throw new RulesException(source, errors);
        }
        return new ComplianceRules(readTargets, readRequirements);
    }

    private Target target(String id, Map<String, String> attributes) {
        String prefix = "target." + id + "."; //$NON-NLS-1$ //$NON-NLS-2$
        Measure measure = choice(prefix, "measure", attributes, Measure.class, Messages.Rules_badMeasure); //$NON-NLS-1$
        int[] levels = levels(prefix, attributes);
        return new Target(id, measure == null ? Measure.DOSSIER_APPROVED : measure,
                number(prefix + "parameter", attributes.getOrDefault("parameter", "0")), levels[0], levels[1], //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                number(prefix + "share", attributes.getOrDefault("share", "100")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                date(prefix + "deadline", attributes.get("deadline")), //$NON-NLS-1$ //$NON-NLS-2$
                new Bilingual(required(prefix, "label", attributes), attributes.get("label.vi"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Requirement requirement(String code, Map<String, String> attributes) {
        String prefix = "requirement." + code + "."; //$NON-NLS-1$ //$NON-NLS-2$
        RequirementKind kind = choice(prefix, "kind", attributes, RequirementKind.class, Messages.Rules_badKind); //$NON-NLS-1$
        int[] levels = levels(prefix, attributes);
        return new Requirement(code, kind == null ? RequirementKind.MANAGEMENT : kind,
                new Bilingual(attributes.get("group"), attributes.get("group.vi")), levels[0], levels[1], //$NON-NLS-1$ //$NON-NLS-2$
                new Bilingual(required(prefix, "text", attributes), attributes.get("text.vi"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the value a required attribute names, or null (reported) when it is missing or names none */
    private <E extends Enum<E>> E choice(String prefix, String attribute, Map<String, String> attributes, Class<E> type,
            String badValue) {
        E value = Labels.parse(type, required(prefix, attribute, attributes)).orElse(null);
        if (value == null && attributes.containsKey(attribute)) {
            errors.add(NLS.bind(badValue, prefix + attribute, attributes.get(attribute)));
        }
        return value;
    }

    private String required(String prefix, String attribute, Map<String, String> attributes) {
        String value = attributes.get(attribute);
        if (value == null || value.isEmpty()) {
            errors.add(NLS.bind(Messages.Rules_missing, prefix + attribute));
            return ""; //$NON-NLS-1$
        }
        return value;
    }

    private int[] levels(String prefix, Map<String, String> attributes) {
        String text = attributes.getOrDefault("levels", "1-5"); //$NON-NLS-1$ //$NON-NLS-2$
        Matcher levels = LEVELS.matcher(text);
        if (!levels.matches()) {
            errors.add(NLS.bind(Messages.Rules_badLevels, prefix + "levels", text)); //$NON-NLS-1$
            return new int[] { 1, 5 };
        }
        int min = Integer.parseInt(levels.group(1));
        return new int[] { min, levels.group(2) == null ? min : Integer.parseInt(levels.group(2)) };
    }

    private int number(String key, String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the key
        }
        errors.add(NLS.bind(Messages.Rules_badNumber, key, text));
        return 0;
    }

    private LocalDate date(String key, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(NLS.bind(Messages.Rules_badDate, key, text));
            return null;
        }
    }

    /** Properties keep no order; the file's order is the order targets are shown in. */
    private static Map<String, String> ordered(Reader reader) throws IOException {
        Set<Object> order = new LinkedHashSet<>();
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                order.add(key);
                return super.put(key, value);
            }
        };
        properties.load(reader);
        Map<String, String> entries = new LinkedHashMap<>();
        order.forEach(key -> entries.put((String) key, properties.getProperty((String) key)));
        return entries;
    }
}
