package org.vigil.dashboards.internal;

import java.io.IOException;
import java.io.Writer;

import org.vigil.cases.Text;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardFile;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.Variables;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes a dashboard file: indented, keys in a fixed order, settings a panel's kind does not read
 * left out when they hold their default, so that the file reads like the documentation.
 */
public final class DashboardWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DashboardWriter() {
    }

    /**
     * @param dashboard the dashboard
     * @param out where the file goes; not closed
     * @throws IOException if writing fails
     */
    public static void write(Dashboard dashboard, Writer out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            json.writeNumberField("format", DashboardFile.FORMAT); //$NON-NLS-1$
            json.writeStringField("id", dashboard.id()); //$NON-NLS-1$
            text(json, "title", dashboard.title()); //$NON-NLS-1$
            text(json, "description", dashboard.description()); //$NON-NLS-1$
            json.writeObjectFieldStart("time"); //$NON-NLS-1$
            json.writeStringField("from", dashboard.time().from()); //$NON-NLS-1$
            json.writeStringField("to", dashboard.time().to()); //$NON-NLS-1$
            json.writeEndObject();
            json.writeStringField("filter", dashboard.filter()); //$NON-NLS-1$
            variables(json, dashboard.variables());
            json.writeArrayFieldStart("panels"); //$NON-NLS-1$
            for (Panel panel : dashboard.panels()) {
                panel(json, panel);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /**
     * @param out where the JSON goes; not closed by closing the generator
     * @return a generator that indents by two spaces, one value a line
     * @throws IOException if the generator cannot be made
     */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")) //$NON-NLS-1$ //$NON-NLS-2$
                .withArrayIndenter(new DefaultIndenter("  ", "\n")); //$NON-NLS-1$ //$NON-NLS-2$
        json.setPrettyPrinter(pretty);
        return json;
    }

    private static void panel(JsonGenerator json, Panel panel) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", panel.id()); //$NON-NLS-1$
        json.writeStringField("kind", panel.kind().word()); //$NON-NLS-1$
        text(json, "title", panel.title()); //$NON-NLS-1$
        json.writeObjectFieldStart("grid"); //$NON-NLS-1$
        json.writeNumberField("x", panel.grid().x()); //$NON-NLS-1$
        json.writeNumberField("y", panel.grid().y()); //$NON-NLS-1$
        json.writeNumberField("w", panel.grid().w()); //$NON-NLS-1$
        json.writeNumberField("h", panel.grid().h()); //$NON-NLS-1$
        json.writeEndObject();
        json.writeStringField("query", panel.query()); //$NON-NLS-1$
        if (!panel.fields().isEmpty()) {
            json.writeArrayFieldStart("fields"); //$NON-NLS-1$
            for (String field : panel.fields()) {
                json.writeString(field);
            }
            json.writeEndArray();
        }
        json.writeNumberField("size", panel.size()); //$NON-NLS-1$
        if (!panel.metric().equals(Metric.COUNT)) {
            json.writeObjectFieldStart("metric"); //$NON-NLS-1$
            json.writeStringField("function", panel.metric().function().word()); //$NON-NLS-1$
            json.writeStringField("field", panel.metric().field()); //$NON-NLS-1$
            json.writeEndObject();
        }
        if (!panel.split().isEmpty()) {
            json.writeStringField("split", panel.split()); //$NON-NLS-1$
        }
        json.writeStringField("style", panel.style().word()); //$NON-NLS-1$
        json.writeBooleanField("compare", panel.compare()); //$NON-NLS-1$
        json.writeEndObject();
    }

    /** Writes the variables as both files write them: every key, null when not set. */
    static void variables(JsonGenerator json, Variables variables) throws IOException {
        json.writeObjectFieldStart("variables"); //$NON-NLS-1$
        json.writeStringField("agency", variables.agency()); //$NON-NLS-1$
        if (variables.level() == null) {
            json.writeNullField("level"); //$NON-NLS-1$
        } else {
            json.writeNumberField("level", variables.level()); //$NON-NLS-1$
        }
        json.writeStringField("source", variables.source()); //$NON-NLS-1$
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String key, Text text) throws IOException {
        json.writeObjectFieldStart(key);
        json.writeStringField("en", text.en()); //$NON-NLS-1$
        json.writeStringField("vi", text.vi()); //$NON-NLS-1$
        json.writeEndObject();
    }
}
