package org.vigil.events.internal.settings;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.metatype.AttributeDefinition;
import org.vigil.events.internal.Messages;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.Setting;
import org.vigil.events.settings.SettingType;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKind;
import org.vigil.events.settings.SourceKindSupport;
import org.vigil.events.settings.SourceSettingsStore;

/**
 * The settings store over one file, one secure storage and the declarations of the installed
 * bundles: every value is checked against its declaration before anything is written.
 */
public final class SettingsStore implements SourceSettingsStore {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+"); //$NON-NLS-1$

    private final Path file;
    private final Secrets secrets;
    private final Function<Locale, Declarations> declarations;
    private final Function<String, Optional<SourceKindSupport>> supports;
    private final Supplier<List<String>> problems;

    /**
     * @param file the workspace's {@code sources.properties}
     * @param secrets where secrets are kept
     * @param declarations the declarations of the bundles installed at the time of the call
     * @param supports the support service of a kind, if one is registered
     * @param problems what the registered supports could not use
     */
    public SettingsStore(Path file, Secrets secrets, Function<Locale, Declarations> declarations,
            Function<String, Optional<SourceKindSupport>> supports, Supplier<List<String>> problems) {
        this.file = file;
        this.secrets = secrets;
        this.declarations = declarations;
        this.supports = supports;
        this.problems = problems;
    }

    @Override
    public List<String> problems() {
        return problems.get();
    }

    @Override
    public List<SourceKind> kinds(Locale locale) {
        return declarations.apply(locale).all(locale).stream().map(Declarations.Declared::kind).toList();
    }

    @Override
    public Optional<SourceKind> kind(String kind, Locale locale) {
        return declarations.apply(locale).find(kind, locale).map(Declarations.Declared::kind);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<SourceEntry> entries() throws IOException {
        return SourcesFile.entries(SourcesFile.load(file));
    }

    @Override
    public Optional<String> secret(String id, String attribute) {
        return secrets.find(id, attribute);
    }

    @Override
    public synchronized void save(SourceEntry entry, Map<String, String> typed, Locale locale)
            throws InvalidSettingException, IOException {
        Declarations.Declared declared = check(entry, typed, locale);
        Map<String, String> lines = new LinkedHashMap<>();
        if (!SourcesFile.DEFAULT_KIND.equals(entry.kind())) {
            lines.put(SourcesFile.KIND_PART, entry.kind());
        }
        for (Setting setting : declared.kind().settings()) {
            entry.value(setting.id()).filter(value -> !setting.secret()).ifPresent(value -> lines.put(setting.id(), value));
        }
        SourcesFile.replace(file, entry.id(), lines);
        for (Map.Entry<String, String> secret : typed.entrySet()) {
            if (secret.getValue() == null || secret.getValue().isEmpty()) {
                secrets.forget(entry.id(), secret.getKey());
            } else {
                secrets.store(entry.id(), secret.getKey(), secret.getValue());
            }
        }
        supports.apply(entry.kind()).ifPresent(support -> support.changed(entry.id()));
    }

    @Override
    public String checkConnection(SourceEntry entry, Map<String, String> typed, Locale locale)
            throws InvalidSettingException, IOException {
        check(entry, typed, locale);
        SourceKindSupport support = supports.apply(entry.kind()).filter(SourceKindSupport::checksConnection)
                .orElseThrow(() -> new IOException(NLS.bind(Messages.Settings_noConnectionCheck, entry.kind())));
        return support.checkConnection(entry, allSecrets(entry, typed, locale));
    }

    @Override
    public boolean checksConnection(String kind) {
        return supports.apply(kind).map(SourceKindSupport::checksConnection).orElse(false);
    }

    @Override
    public synchronized void remove(String id) throws IOException {
        Optional<SourceEntry> removed = entries().stream().filter(entry -> entry.id().equals(id)).findFirst();
        SourcesFile.replace(file, id, Map.of());
        secrets.forget(id);
        removed.flatMap(entry -> supports.apply(entry.kind())).ifPresent(support -> support.changed(id));
    }

    private Declarations.Declared check(SourceEntry entry, Map<String, String> typed, Locale locale)
            throws InvalidSettingException {
        if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
            throw new InvalidSettingException(InvalidSettingException.ID, NLS.bind(Messages.Settings_badId, entry.id()));
        }
        Declarations.Declared declared = declarations.apply(locale).find(entry.kind(), locale)
                .orElseThrow(() -> new InvalidSettingException(InvalidSettingException.ID,
                        NLS.bind(Messages.Settings_unknownKind, entry.kind())));
        SourceKind kind = declared.kind();
        for (String attribute : entry.values().keySet()) {
            Setting setting = kind.setting(attribute).orElseThrow(() -> new InvalidSettingException(attribute,
                    NLS.bind(Messages.Settings_unknownSetting, attribute, kind.name())));
            if (setting.secret()) {
                throw new InvalidSettingException(attribute, NLS.bind(Messages.Settings_secretInFile, setting.label()));
            }
        }
        for (String attribute : typed.keySet()) {
            if (kind.setting(attribute).filter(Setting::secret).isEmpty()) {
                throw new InvalidSettingException(attribute, NLS.bind(Messages.Settings_unknownSetting, attribute, kind.name()));
            }
        }
        Map<String, String> secretValues = allSecrets(entry, typed, declared);
        for (Setting setting : kind.settings()) {
            String value = setting.secret() ? secretValues.get(setting.id()) : entry.values().get(setting.id());
            if (value == null || value.isBlank()) {
                if (setting.required()) {
                    throw new InvalidSettingException(setting.id(), NLS.bind(Messages.Settings_required, setting.label()));
                }
            } else {
                checkValue(setting, declared.attributes().get(setting.id()), value.strip());
            }
        }
        Optional<SourceKindSupport> support = supports.apply(entry.kind());
        if (support.isPresent()) {
            support.get().check(entry, secretValues);
        }
        return declared;
    }

    private static void checkValue(Setting setting, AttributeDefinition attribute, String value)
            throws InvalidSettingException {
        String problem = switch (setting.type()) {
            case INTEGER -> parses(value, Long::parseLong) ? null : Messages.Settings_notInteger;
            case NUMBER -> parses(value, Double::parseDouble) ? null : Messages.Settings_notNumber;
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : Messages.Settings_notBoolean; //$NON-NLS-1$ //$NON-NLS-2$
            case CHOICE -> setting.options().stream().anyMatch(option -> option.value().equals(value)) ? null
                    : Messages.Settings_notAnOption;
            case URL -> isAddress(value) ? null : Messages.Settings_notUrl;
            case PATH -> parses(value, Path::of) ? null : Messages.Settings_notPath;
            case TEXT, SECRET -> null;
        };
        if (problem == null && attribute != null && setting.type() != SettingType.SECRET) {
            String validation = attribute.validate(value);
            problem = validation == null || validation.isEmpty() ? null : "{0}: " + validation; //$NON-NLS-1$
        }
        if (problem != null) {
            // A secret's value is never part of a message: the message may reach a log.
            String options = String.join(", ", setting.options().stream().map(Setting.Option::value).toList()); //$NON-NLS-1$
            throw new InvalidSettingException(setting.id(), NLS.bind(problem, new Object[] { setting.label(), value, options }));
        }
    }

    private static boolean parses(String value, Function<String, ?> parser) {
        try {
            parser.apply(value);
            return true;
        } catch (NumberFormatException | InvalidPathException e) {
            return false;
        }
    }

    private static boolean isAddress(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Map<String, String> allSecrets(SourceEntry entry, Map<String, String> typed, Locale locale) {
        return declarations.apply(locale).find(entry.kind(), locale)
                .map(declared -> allSecrets(entry, typed, declared)).orElse(Map.of());
    }

    /** The typed secrets, and the stored ones of the entry's id for those not typed. */
    private Map<String, String> allSecrets(SourceEntry entry, Map<String, String> typed, Declarations.Declared declared) {
        Map<String, String> all = new HashMap<>();
        for (Setting setting : declared.kind().settings()) {
            if (setting.secret()) {
                String value = typed.containsKey(setting.id()) ? typed.get(setting.id())
                        : secrets.find(entry.id(), setting.id()).orElse(null);
                if (value != null && !value.isEmpty()) {
                    all.put(setting.id(), value);
                }
            }
        }
        return all;
    }
}
