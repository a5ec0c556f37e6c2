package org.vigil.events.internal.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.equinox.metatype.Extendable;
import org.osgi.framework.Bundle;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.vigil.events.settings.Setting;
import org.vigil.events.settings.SettingType;
import org.vigil.events.settings.SourceKind;

/**
 * The settings source kinds declare as OSGi Metatype: every Designate whose factory PID is
 * {@code org.vigil.source.<kind>}, in any installed bundle, read through the {@link MetaTypeService}
 * in the operator's language.
 */
public final class Declarations {

    /**
     * A kind's declaration with the attribute definitions behind it, whose own
     * {@link AttributeDefinition#validate(String)} rules (ranges, lengths) still apply.
     *
     * @param kind the declaration as shown
     * @param attributes the attribute definitions by id
     */
    public record Declared(SourceKind kind, Map<String, AttributeDefinition> attributes) {
    }

    private static final String TYPE_ATTRIBUTE = "type"; //$NON-NLS-1$

    private final MetaTypeService metaTypes;
    private final Bundle[] bundles;

    /**
     * @param metaTypes the Metatype service
     * @param bundles the bundles to look in, the installed ones at the time of the call
     */
    public Declarations(MetaTypeService metaTypes, Bundle[] bundles) {
        this.metaTypes = metaTypes;
        this.bundles = bundles.clone();
    }

    /**
     * @param locale the language of labels
     * @return the declared kinds, by name
     */
    public List<Declared> all(Locale locale) {
        List<Declared> kinds = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getState() == Bundle.UNINSTALLED) {
                continue;
            }
            MetaTypeInformation information = metaTypes.getMetaTypeInformation(bundle);
            if (information == null) {
                continue;
            }
            for (String pid : information.getFactoryPids()) {
                if (pid.startsWith(SourceKind.PID_PREFIX)) {
                    ObjectClassDefinition definition = information.getObjectClassDefinition(pid, locale.toString());
                    kinds.add(declared(pid.substring(SourceKind.PID_PREFIX.length()), definition));
                }
            }
        }
        kinds.sort(Comparator.comparing(declared -> declared.kind().name(), String.CASE_INSENSITIVE_ORDER));
        return kinds;
    }

    /**
     * @param kind a kind
     * @param locale the language of labels
     * @return its declaration, if a bundle has one
     */
    public Optional<Declared> find(String kind, Locale locale) {
        return all(locale).stream().filter(declared -> declared.kind().kind().equals(kind)).findFirst();
    }

    private static Declared declared(String kind, ObjectClassDefinition definition) {
        Set<String> required = new HashSet<>();
        AttributeDefinition[] requiredOnes = definition.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        for (AttributeDefinition attribute : requiredOnes == null ? new AttributeDefinition[0] : requiredOnes) {
            required.add(attribute.getID());
        }
        List<Setting> settings = new ArrayList<>();
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        for (AttributeDefinition attribute : all == null ? new AttributeDefinition[0] : all) {
            attributes.put(attribute.getID(), attribute);
            settings.add(new Setting(attribute.getID(), attribute.getName(), orEmpty(attribute.getDescription()),
                    type(attribute), required.contains(attribute.getID()), first(attribute.getDefaultValue()),
                    options(attribute)));
        }
        return new Declared(new SourceKind(kind, definition.getName(), orEmpty(definition.getDescription()), settings),
                attributes);
    }

    private static SettingType type(AttributeDefinition attribute) {
        if (attribute.getOptionValues() != null && attribute.getOptionValues().length > 0) {
            return SettingType.CHOICE;
        }
        return switch (attribute.getType()) {
            case AttributeDefinition.PASSWORD -> SettingType.SECRET;
            case AttributeDefinition.BOOLEAN -> SettingType.BOOLEAN;
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT,
                    AttributeDefinition.BYTE -> SettingType.INTEGER;
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> SettingType.NUMBER;
            default -> extendedType(attribute);
        };
    }

    /** {@code vigil:type="path"} or {@code "url"} on a string attribute, which Metatype has no type for. */
    private static SettingType extendedType(AttributeDefinition attribute) {
        // Equinox fails on asking for a namespace an attribute does not use: ask which it uses first.
        if (attribute instanceof Extendable extendable && extendable.getExtensionUris() != null
                && extendable.getExtensionUris().contains(Setting.NAMESPACE)) {
            Map<String, String> extensions = extendable.getExtensionAttributes(Setting.NAMESPACE);
            String type = extensions == null ? null : extensions.get(TYPE_ATTRIBUTE);
            if (type != null) {
                return Arrays.stream(new SettingType[] { SettingType.PATH, SettingType.URL })
                        .filter(candidate -> candidate.name().equalsIgnoreCase(type)).findFirst()
                        .orElse(SettingType.TEXT);
            }
        }
        return SettingType.TEXT;
    }

    private static List<Setting.Option> options(AttributeDefinition attribute) {
        String[] values = attribute.getOptionValues();
        String[] labels = attribute.getOptionLabels();
        List<Setting.Option> options = new ArrayList<>();
        for (int i = 0; values != null && i < values.length; i++) {
            options.add(new Setting.Option(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
        }
        return options;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }
}
