package org.vigil.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Category;
import org.vigil.cases.Severity;
import org.vigil.cases.Sla;
import org.vigil.cases.TaskTemplate;
import org.vigil.cases.Text;

/**
 * The file an operator edits a case template in: UTF-8 {@code key = value} lines, so that
 * Vietnamese is typed as it reads (no {@code \\u} escapes as in Java properties), one task a line
 * in order (reordering is moving lines), both languages of a task on its line. The file
 * explains itself in its leading comments. Reading checks everything before anything is saved
 * and names the line and the key of the first mistake.
 */
final class TemplateFile {

    private static final String ID = "id"; //$NON-NLS-1$
    private static final String NAME_EN = "name.en"; //$NON-NLS-1$
    private static final String NAME_VI = "name.vi"; //$NON-NLS-1$
    private static final String DESCRIPTION_EN = "description.en"; //$NON-NLS-1$
    private static final String DESCRIPTION_VI = "description.vi"; //$NON-NLS-1$
    private static final String CATEGORY = "category"; //$NON-NLS-1$
    private static final String SEVERITY = "severity"; //$NON-NLS-1$
    private static final String ACKNOWLEDGE = "sla.acknowledge"; //$NON-NLS-1$
    private static final String RESOLVE = "sla.resolve"; //$NON-NLS-1$
    private static final String TAGS = "tags"; //$NON-NLS-1$
    private static final String TASK = "task"; //$NON-NLS-1$
    private static final String MANDATORY_TASK = "mandatory-task"; //$NON-NLS-1$
    private static final List<String> SINGLE = List.of(ID, NAME_EN, NAME_VI, DESCRIPTION_EN, DESCRIPTION_VI, CATEGORY,
            SEVERITY, ACKNOWLEDGE, RESOLVE, TAGS);
    private static final List<String> REQUIRED = List.of(ID, NAME_EN, CATEGORY, SEVERITY, ACKNOWLEDGE, RESOLVE);
    private static final String LANGUAGES = " | "; //$NON-NLS-1$

    private TemplateFile() {
    }

    /**
     * @param template the template
     * @param out where the file goes; not closed
     * @throws IOException if writing fails
     */
    static void write(CaseTemplate template, Writer out) throws IOException {
        out.write(NLS.bind(Messages.Templates_fileHeader, words(Category.values()), words(Severity.values())).strip());
        out.write("\n\n"); //$NON-NLS-1$
        line(out, ID, template.id());
        line(out, NAME_EN, template.name().en());
        line(out, NAME_VI, template.name().vi());
        line(out, DESCRIPTION_EN, template.description().en());
        line(out, DESCRIPTION_VI, template.description().vi());
        line(out, CATEGORY, CaseOptions.word(template.category()));
        line(out, SEVERITY, CaseOptions.word(template.severity()));
        line(out, ACKNOWLEDGE, Sla.format(template.sla().acknowledge()));
        line(out, RESOLVE, Sla.format(template.sla().resolve()));
        line(out, TAGS, String.join(", ", template.tags())); //$NON-NLS-1$
        out.write("\n"); //$NON-NLS-1$
        for (TaskTemplate task : template.tasks()) {
            line(out, task.mandatory() ? MANDATORY_TASK : TASK, task.title().en()
                    + (task.title().vi().isBlank() ? "" : LANGUAGES + task.title().vi())); //$NON-NLS-1$
        }
    }

    /**
     * @param file the file's name, for messages
     * @param text what the file holds
     * @return the template it describes
     * @throws CliException (failure) naming the file, the line and the key of the first mistake
     */
    static CaseTemplate read(String file, String text) throws CliException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<TaskTemplate> tasks = new ArrayList<>();
        List<String> lineTexts = text.lines().toList();
        for (int i = 0; i < lineTexts.size(); i++) {
            int number = i + 1;
            String line = lineTexts.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) { //$NON-NLS-1$ a byte order mark some editors put first
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw error(file, number, NLS.bind(Messages.Templates_notKeyValue, line));
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (TASK.equals(key) || MANDATORY_TASK.equals(key)) {
                tasks.add(task(file, number, key, value));
            } else if (!SINGLE.contains(key)) {
                throw error(file, number, NLS.bind(Messages.Templates_unknownKey, key,
                        String.join(", ", SINGLE) + ", " + TASK + ", " + MANDATORY_TASK)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            } else if (lines.containsKey(key)) {
                throw error(file, number, NLS.bind(Messages.Templates_twice, key, lines.get(key)));
            } else {
                values.put(key, value);
                lines.put(key, number);
            }
        }
        for (String key : REQUIRED) {
            if (values.getOrDefault(key, "").isEmpty()) { //$NON-NLS-1$
                throw CliException.failure(NLS.bind(Messages.Templates_missing, file, key));
            }
        }
        String id = values.get(ID);
        if (!id.matches("[A-Za-z0-9-]+")) { //$NON-NLS-1$
            throw error(file, lines.get(ID), NLS.bind(Messages.Templates_badId, id));
        }
        Category category = enumValue(Category.class, file, lines.get(CATEGORY), CATEGORY, values.get(CATEGORY));
        Severity severity = enumValue(Severity.class, file, lines.get(SEVERITY), SEVERITY, values.get(SEVERITY));
        Sla sla = new Sla(duration(file, lines.get(ACKNOWLEDGE), ACKNOWLEDGE, values.get(ACKNOWLEDGE)),
                duration(file, lines.get(RESOLVE), RESOLVE, values.get(RESOLVE)));
        List<String> tags = Arrays.stream(values.getOrDefault(TAGS, "").split(",")).map(String::strip) //$NON-NLS-1$ //$NON-NLS-2$
                .filter(tag -> !tag.isEmpty()).distinct().toList();
        return new CaseTemplate(id, new Text(values.get(NAME_EN), values.get(NAME_VI)),
                new Text(values.getOrDefault(DESCRIPTION_EN, ""), values.get(DESCRIPTION_VI)), category, severity, sla, //$NON-NLS-1$
                tasks, tags, false);
    }

    private static Duration duration(String file, int line, String key, String text) throws CliException {
        return Sla.parse(text).orElseThrow(() -> error(file, line, NLS.bind(Messages.Templates_badDuration, key, text)));
    }

    private static TaskTemplate task(String file, int line, String key, String value) throws CliException {
        String[] titles = value.split("\\|", -1); //$NON-NLS-1$
        if (titles.length > 2) {
            throw error(file, line, NLS.bind(Messages.Templates_taskBars, key));
        }
        String en = titles[0].strip();
        if (en.isEmpty()) {
            throw error(file, line, NLS.bind(Messages.Templates_taskNoTitle, key));
        }
        return new TaskTemplate(new Text(en, titles.length == 2 ? titles[1].strip() : ""), MANDATORY_TASK.equals(key)); //$NON-NLS-1$
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String file, int line, String key, String text)
            throws CliException {
        try {
            return CaseOptions.enumValue(type, key, text);
        } catch (CliException e) {
            throw error(file, line, e.getMessage());
        }
    }

    private static CliException error(String file, int line, String message) {
        return CliException.failure(NLS.bind(Messages.Templates_lineError, new Object[] { file, line, message }));
    }

    private static void line(Writer out, String key, String value) throws IOException {
        out.write(key + " = " + value.replace('\n', ' ') + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String words(Enum<?>[] values) {
        return Arrays.stream(values).map(CaseOptions::word).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}
