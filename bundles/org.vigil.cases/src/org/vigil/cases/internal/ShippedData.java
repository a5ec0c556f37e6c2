package org.vigil.cases.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Category;
import org.vigil.cases.Severity;
import org.vigil.cases.Sla;
import org.vigil.cases.SlaPolicy;
import org.vigil.cases.TaskTemplate;
import org.vigil.cases.Text;

/**
 * Reads the data files Vigil ships beside this class: the default SLA policy
 * ({@code sla.properties}) and the built-in templates ({@code templates.properties} with the
 * English texts and the structure, {@code templates_vi.properties} with the Vietnamese texts).
 * A broken file is a build defect, hence unchecked exceptions.
 */
public final class ShippedData {

    private static final String MANDATORY = "!"; //$NON-NLS-1$

    private ShippedData() {
    }

    /** @return the shipped SLA policy */
    public static SlaPolicy slaPolicy() {
        Properties sla = load("sla.properties"); //$NON-NLS-1$
        Map<Severity, Sla> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, sla(sla.getProperty(severity.name())));
        }
        return new SlaPolicy(bySeverity, Duration.parse(sla.getProperty("notify")), //$NON-NLS-1$
                Duration.parse(sla.getProperty("finalReport"))); //$NON-NLS-1$
    }

    /** @return the built-in templates, in the order the file lists them */
    public static List<CaseTemplate> templates() {
        Properties en = load("templates.properties"); //$NON-NLS-1$
        Properties vi = load("templates_vi.properties"); //$NON-NLS-1$
        List<CaseTemplate> templates = new ArrayList<>();
        for (String id : list(en.getProperty("templates"))) { //$NON-NLS-1$
            templates.add(new CaseTemplate(id, text(en, vi, id + ".name"), text(en, vi, id + ".description"), //$NON-NLS-1$ //$NON-NLS-2$
                    Category.valueOf(en.getProperty(id + ".category")), //$NON-NLS-1$
                    Severity.valueOf(en.getProperty(id + ".severity")), sla(en.getProperty(id + ".sla")), //$NON-NLS-1$ //$NON-NLS-2$
                    tasks(en, vi, id), list(en.getProperty(id + ".tags")), true)); //$NON-NLS-1$
        }
        return templates;
    }

    /**
     * @param text {@code acknowledge/resolve} as ISO-8601 durations
     * @return the SLA
     */
    public static Sla sla(String text) {
        String[] parts = text.split("/"); //$NON-NLS-1$
        return new Sla(Duration.parse(parts[0].strip()), Duration.parse(parts[1].strip()));
    }

    private static List<TaskTemplate> tasks(Properties en, Properties vi, String id) {
        List<TaskTemplate> tasks = new ArrayList<>();
        for (int i = 1; en.containsKey(id + ".task." + i); i++) { //$NON-NLS-1$
            Text title = text(en, vi, id + ".task." + i); //$NON-NLS-1$
            boolean mandatory = title.en().startsWith(MANDATORY);
            tasks.add(new TaskTemplate(new Text(strip(title.en()), strip(title.vi())), mandatory));
        }
        return tasks;
    }

    private static String strip(String title) {
        return title.startsWith(MANDATORY) ? title.substring(1).strip() : title;
    }

    private static Text text(Properties en, Properties vi, String key) {
        return new Text(en.getProperty(key), vi.getProperty(key));
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip) //$NON-NLS-1$
                .filter(word -> !word.isEmpty()).toList();
    }

    private static Properties load(String name) {
        try (InputStream in = ShippedData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the bundle"); //$NON-NLS-1$
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
