package org.vigil.dashboards.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.DashboardFigures;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.FiguresJson;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.RunSettings;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes {@link FiguresJson}'s shape. */
public final class FiguresWriter {

    private FiguresWriter() {
    }

    /**
     * @param figures the run's figures
     * @param out where the JSON goes; not closed
     * @throws IOException if writing fails
     */
    public static void write(DashboardFigures figures, Writer out) throws IOException {
        RunSettings settings = figures.settings();
        Locale language = settings.language();
        try (JsonGenerator json = DashboardWriter.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("format", FiguresJson.FORMAT); //$NON-NLS-1$
            json.writeStringField("dashboard", figures.dashboard().id()); //$NON-NLS-1$
            json.writeStringField("title", figures.dashboard().title().in(language)); //$NON-NLS-1$
            json.writeStringField("language", language.getLanguage()); //$NON-NLS-1$
            json.writeStringField("zone", settings.zone().getId()); //$NON-NLS-1$
            json.writeStringField("generated", time(settings.now(), settings.zone())); //$NON-NLS-1$
            range(json, "period", settings.range(), settings.zone()); //$NON-NLS-1$
            range(json, "previous", settings.previous(), settings.zone()); //$NON-NLS-1$
            DashboardWriter.variables(json, settings.variables());
            json.writeArrayFieldStart("panels"); //$NON-NLS-1$
            for (PanelFigures panel : figures.panels()) {
                panel(json, panel, settings);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void panel(JsonGenerator json, PanelFigures figures, RunSettings settings) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", figures.panel().id()); //$NON-NLS-1$
        json.writeStringField("kind", figures.panel().kind().word()); //$NON-NLS-1$
        json.writeStringField("title", figures.panel().title().in(settings.language())); //$NON-NLS-1$
        json.writeStringField("outcome", figures.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
        if (figures.current() == null) {
            json.writeStringField("message", figures.message()); //$NON-NLS-1$
        } else {
            json.writeArrayFieldStart("columns"); //$NON-NLS-1$
            for (String column : figures.current().columns()) {
                json.writeString(column);
            }
            json.writeEndArray();
            rows(json, "rows", figures.current(), settings.zone()); //$NON-NLS-1$
            if (figures.previous() != null) {
                rows(json, "previous", figures.previous(), settings.zone()); //$NON-NLS-1$
            }
            if (figures.change().isPresent()) {
                json.writeNumberField("change", figures.change().get()); //$NON-NLS-1$
            }
            if (figures.approximate()) {
                json.writeBooleanField("approximate", true); //$NON-NLS-1$
            }
        }
        json.writeEndObject();
    }

    private static void rows(JsonGenerator json, String key, FigureTable table, ZoneId zone) throws IOException {
        json.writeArrayFieldStart(key);
        for (List<Object> row : table.rows()) {
            json.writeStartArray();
            for (Object value : row) {
                value(json, value, zone);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void value(JsonGenerator json, Object value, ZoneId zone) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case Long whole -> json.writeNumber(whole);
            case Integer whole -> json.writeNumber(whole);
            case Double real -> json.writeNumber(Math.round(real * 1000) / 1000.0);
            case Instant instant -> json.writeString(time(instant, zone));
            default -> json.writeString(value.toString());
        }
    }

    private static void range(JsonGenerator json, String key, TimeRange range, ZoneId zone) throws IOException {
        json.writeObjectFieldStart(key);
        json.writeStringField("from", time(range.from(), zone)); //$NON-NLS-1$
        json.writeStringField("to", time(range.to(), zone)); //$NON-NLS-1$
        json.writeEndObject();
    }

    private static String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
