package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.elasticsearch.internal.SourceRules;
import org.vigil.elasticsearch.internal.SourcesFile;
import org.vigil.elasticsearch.sources.InvalidSourceException;
import org.vigil.elasticsearch.sources.InvalidSourceException.Field;
import org.vigil.elasticsearch.sources.SourceSettings;

/**
 * What the settings store writes into {@code sources.properties} read back as Elasticsearch
 * sources, and the rules this bundle checks before the store writes.
 */
class SourcesFileTest {

    private static final SourceSettings SOC = new SourceSettings("soc", "Sở TT&TT – SOC", URI.create("https://10.0.0.5:9200"),
            "logs-*,suricata-*", "@timestamp", "vigil-reader", null);

    @TempDir
    Path workspace;

    @Test
    void savingOneSourceKeepsCommentsOtherSourcesAndBrokenEntries() throws Exception {
        Path file = workspace.resolve(SourcesFile.FILE_NAME);
        Files.writeString(file, String.join("\n", "# the lab node, ask Minh before changing it",
                "source.lab.url = http://127.0.0.1:9200", "source.soc.url = http://old:9200",
                "source.soc.index = old-\\", "    continued-*", "source.broken.url = not a url", ""));

        write(file, "soc", SOC);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("# the lab node, ask Minh before changing it", lines.get(0));
        assertTrue(lines.contains("source.broken.url = not a url"), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains("old") || line.contains("continued")), lines.toString());
        SourcesFile.Result result = SourcesFile.read(file);
        assertEquals(List.of("lab", "soc"), result.sources().stream().map(SourceSettings::id).toList());
        assertEquals(SOC, result.sources().get(1));
        assertEquals(List.of("source.broken.url"), result.problems().stream().map(SourcesFile.Problem::key).toList());
    }

    @Test
    void entriesOfAnotherKindAreLeftToTheirBundleWithoutAProblem() throws Exception {
        Path file = workspace.resolve(SourcesFile.FILE_NAME);
        Files.writeString(file, String.join("\n", "source.soc.url = http://127.0.0.1:9200",
                "source.es.kind = elasticsearch", "source.es.url = http://127.0.0.1:9201",
                "source.wazuh.kind = opensearch", "source.wazuh.url = https://10.0.0.9:9200",
                "source.fw.kind = logfolder", "source.fw.folder = /var/log/fw", ""));

        SourcesFile.Result result = SourcesFile.read(file);

        assertEquals(List.of("es", "soc"), result.sources().stream().map(SourceSettings::id).toList());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void backslashesAndNonAsciiNamesReadBackAsWritten() throws Exception {
        Path file = workspace.resolve(SourcesFile.FILE_NAME);
        Path ca = Files.writeString(workspace.resolve("ca\\soc.pem"), "-----BEGIN CERTIFICATE-----");
        SourceSettings windowsPath = new SourceSettings("soc", SOC.name(), SOC.url(), SOC.index(), SOC.timestamp(),
                SOC.user(), ca);

        write(file, "soc", windowsPath);

        assertEquals(List.of(windowsPath), SourcesFile.read(file).sources());
    }

    @Test
    void removingASourceLeavesTheOthers() throws Exception {
        Path file = workspace.resolve(SourcesFile.FILE_NAME);
        write(file, "soc", SOC);
        write(file, "lab", new SourceSettings("lab", "Lab", URI.create("http://127.0.0.1:9200"), "vigil-*",
                "@timestamp", null, null));

        org.vigil.events.internal.settings.SourcesFile.replace(file, "soc", Map.of());

        assertEquals(List.of("lab"), SourcesFile.read(file).sources().stream().map(SourceSettings::id).toList());
        try (var entries = Files.list(workspace)) {
            assertEquals(List.of(file), entries.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertField(Field.ID, new SourceSettings("soc logs", "SOC", SOC.url(), "logs-*", "@timestamp", null, null), true);
        assertField(Field.NAME, new SourceSettings("soc", " ", SOC.url(), "logs-*", "@timestamp", null, null), true);
        assertField(Field.URL, new SourceSettings("soc", "SOC", URI.create("ftp://files"), "logs-*", "@timestamp", null,
                null), true);
        assertField(Field.URL, new SourceSettings("soc", "SOC", URI.create("http://u:p@es:9200"), "logs-*", "@timestamp",
                null, null), true);
        assertField(Field.INDEX, new SourceSettings("soc", "SOC", SOC.url(), "logs *", "@timestamp", null, null), true);
        assertField(Field.TIMESTAMP, new SourceSettings("soc", "SOC", SOC.url(), "logs-*", "", null, null), true);
        assertField(Field.USER, SOC, false);
        assertField(Field.USER, new SourceSettings("soc", "SOC", SOC.url(), "logs-*", "@timestamp", "a:b", null), true);
        assertField(Field.CA, new SourceSettings("soc", "SOC", URI.create("http://es:9200"), "logs-*", "@timestamp", null,
                workspace.resolve("ca.pem")), true);
        assertField(Field.CA, new SourceSettings("soc", "SOC", SOC.url(), "logs-*", "@timestamp", null,
                workspace.resolve("missing.pem")), true);
    }

    /** The lines the store writes for the settings, as the form gives them. */
    private static void write(Path file, String id, SourceSettings settings) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("url", settings.url().toString());
        values.put("name", settings.name());
        values.put("index", settings.index());
        values.put("timestamp", settings.timestamp());
        if (settings.user() != null) {
            values.put("user", settings.user());
        }
        if (settings.ca() != null) {
            values.put("ca", settings.ca().toString());
        }
        org.vigil.events.internal.settings.SourcesFile.replace(file, id, values);
    }

    private static void assertField(Field field, SourceSettings settings, boolean hasPassword) {
        InvalidSourceException e = assertThrows(InvalidSourceException.class, () -> SourceRules.check(settings, hasPassword));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(!e.getMessage().isBlank());
    }
}
