package org.vigil.opensearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.vigil.opensearch.internal.ConfiguredSources;

/** The OpenSearch entries of sources.properties: only kind opensearch, defaults, and skipped entries with a reason. */
class ConfiguredSourcesTest {

    @Test
    void onlyTheOpenSearchEntriesAreReadWithWazuhAsTheDefaultIndex() throws IOException {
        ConfiguredSources.Result result = ConfiguredSources.parse(properties("""
                source.soc.url = https://10.0.0.5:9200
                source.wazuh.kind = opensearch
                source.wazuh.url = https://10.0.0.9:9200
                source.wazuh.name = Wazuh indexer
                source.wazuh.user = vigil-reader
                source.wazuh.ca = /etc/vigil/wazuh-ca.pem
                source.lab.kind = opensearch
                source.lab.url = http://127.0.0.1:9200
                source.lab.index = logs-*
                """), Map.of("VIGIL_SOURCE_WAZUH_PASSWORD", "s3cret")::get);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("lab", "wazuh"), result.entries().stream().map(ConfiguredSources.Entry::id).toList());
        ConfiguredSources.Entry wazuh = result.entries().get(1);
        assertEquals("wazuh-alerts-*", wazuh.index());
        assertEquals("Wazuh indexer", wazuh.name());
        assertEquals("s3cret", wazuh.password());
        assertEquals("logs-*", result.entries().get(0).index());
    }

    @Test
    void anEntryWithoutAddressOrPasswordIsSkippedWithTheReason() throws IOException {
        ConfiguredSources.Result result = ConfiguredSources.parse(properties("""
                source.a.kind = opensearch
                source.b.kind = opensearch
                source.b.url = http://127.0.0.1:9200
                source.b.user = reader
                """), name -> null);

        assertEquals(List.of(), result.entries());
        assertEquals(2, result.problems().size());
        assertTrue(result.problems().get(0).startsWith("source.a.url: "), result.problems().get(0));
        assertTrue(result.problems().get(1).contains("VIGIL_SOURCE_B_PASSWORD"), result.problems().get(1));
    }

    private static Properties properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
