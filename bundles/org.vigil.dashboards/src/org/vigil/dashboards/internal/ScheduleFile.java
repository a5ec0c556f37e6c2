package org.vigil.dashboards.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.ReportFrequency;
import org.vigil.dashboards.ReportSchedule;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The schedules file: {@code {"format": 1, "schedules": [{"id", "dashboard", "frequency", "language",
 * "format", "folder", "last": {"at", "from", "to", "file" | "error"}}]}}, times as ISO-8601 instants.
 */
public final class ScheduleFile {

    private static final int FORMAT = 1;

    private ScheduleFile() {
    }

    /**
     * @param file the schedules file
     * @return its schedules; none when it does not exist yet
     * @throws DashboardException if it cannot be read or is not a schedules file, naming it
     */
    public static List<ReportSchedule> read(Path file) throws DashboardException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new DashboardException(NLS.bind(Messages.Store_cannotRead, file, e.getMessage()), e);
        }
        try {
            Map<String, JsonTree.Node> root = object(JsonTree.parse(file.toString(), text));
            List<ReportSchedule> schedules = new ArrayList<>();
            for (JsonTree.Node node : list(root.get("schedules"))) { //$NON-NLS-1$
                schedules.add(schedule(object(node)));
            }
            return List.copyOf(schedules);
        } catch (RuntimeException e) {
            throw new DashboardException(NLS.bind(Messages.Schedule_badFile, file, e.getMessage()), e);
        }
    }

    /**
     * @param file the schedules file, replaced whole
     * @param schedules every schedule
     * @throws DashboardException if it cannot be written; the file before stays as it was
     */
    public static void write(Path file, List<ReportSchedule> schedules) throws DashboardException {
        Path temporary = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".schedules", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                    JsonGenerator json = DashboardWriter.generator(out)) {
                json.writeStartObject();
                json.writeNumberField("format", FORMAT); //$NON-NLS-1$
                json.writeArrayFieldStart("schedules"); //$NON-NLS-1$
                for (ReportSchedule schedule : schedules) {
                    schedule(json, schedule);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DashboardException(NLS.bind(Messages.Store_cannotWrite, file, e.getMessage()), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // the move failed as well; the message above names the file
                }
            }
        }
    }

    private static void schedule(JsonGenerator json, ReportSchedule schedule) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", schedule.id()); //$NON-NLS-1$
        json.writeStringField("dashboard", schedule.dashboard()); //$NON-NLS-1$
        json.writeStringField("frequency", schedule.frequency().word()); //$NON-NLS-1$
        json.writeStringField("language", schedule.language()); //$NON-NLS-1$
        json.writeStringField("format", schedule.format()); //$NON-NLS-1$
        json.writeStringField("folder", schedule.folder().toString()); //$NON-NLS-1$
        ReportSchedule.LastRun last = schedule.last();
        if (last != null) {
            json.writeObjectFieldStart("last"); //$NON-NLS-1$
            json.writeStringField("at", last.at().toString()); //$NON-NLS-1$
            json.writeStringField("from", last.period().from().toString()); //$NON-NLS-1$
            json.writeStringField("to", last.period().to().toString()); //$NON-NLS-1$
            if (last.succeeded()) {
                json.writeStringField("file", last.file().toString()); //$NON-NLS-1$
            } else {
                json.writeStringField("error", last.error()); //$NON-NLS-1$
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static ReportSchedule schedule(Map<String, JsonTree.Node> node) {
        String word = text(node, "frequency"); //$NON-NLS-1$
        ReportFrequency frequency = ReportFrequency.of(word)
                .orElseThrow(() -> new IllegalArgumentException("frequency " + word)); //$NON-NLS-1$
        ReportSchedule.LastRun last = null;
        if (node.get("last") != null && node.get("last").value() != null) { //$NON-NLS-1$ //$NON-NLS-2$
            Map<String, JsonTree.Node> run = object(node.get("last")); //$NON-NLS-1$
            String file = optional(run, "file"); //$NON-NLS-1$
            last = new ReportSchedule.LastRun(instant(run, "at"), //$NON-NLS-1$
                    new TimeRange(instant(run, "from"), instant(run, "to")), //$NON-NLS-1$ //$NON-NLS-2$
                    file == null ? null : Path.of(file), optional(run, "error")); //$NON-NLS-1$
        }
        return new ReportSchedule(text(node, "id"), text(node, "dashboard"), frequency, text(node, "language"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                text(node, "format"), Path.of(text(node, "folder")), last); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Instant instant(Map<String, JsonTree.Node> node, String key) {
        try {
            return Instant.parse(text(node, key));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static String optional(Map<String, JsonTree.Node> node, String key) {
        JsonTree.Node value = node.get(key);
        return value == null || value.value() == null ? null : text(node, key);
    }

    private static String text(Map<String, JsonTree.Node> node, String key) {
        JsonTree.Node value = node.get(key);
        if (value == null || !(value.value() instanceof String text)) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not text"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, JsonTree.Node> object(JsonTree.Node node) {
        if (node == null || !(node.value() instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("an object was expected"); //$NON-NLS-1$
        }
        return (Map<String, JsonTree.Node>) map;
    }

    @SuppressWarnings("unchecked")
    private static List<JsonTree.Node> list(JsonTree.Node node) {
        if (node == null || !(node.value() instanceof List<?> list)) {
            throw new IllegalArgumentException("\"schedules\" must be a list"); //$NON-NLS-1$
        }
        return (List<JsonTree.Node>) list;
    }
}
