package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogFormats;
import org.vigil.ingest.LogInput;

/** The formats as an importer gets them: OSGi services in the running framework. */
class LogFormatServicesTest {


    private final BundleContext context = FrameworkUtil.getBundle(LogFormatServicesTest.class).getBundleContext();
    private LogFormatsService service;
    private LogFormats formats;

    @BeforeEach
    void openFormats() throws InterruptedException {
        service = LogFormatsService.open();
        formats = service.formats();
    }

    @AfterEach
    void closeFormats() {
        service.close();
    }

    @Test
    void everyBuiltInFormatIsPublished() throws Exception {
        List<String> expected = List.of("csv", "ecs.ndjson", "suricata.eve", "syslog", "zeek.json", "zeek.tsv");

        assertEquals(expected, formats.formats().stream().map(LogFormat::id).toList());
        assertEquals(expected.size(), context.getServiceReferences(LogFormat.class, null).size());
    }

    @Test
    void theServiceDetectsAFilesFormat() throws Exception {
        try (LogInput input = LogInput.ofText("conn.log", ZeekFormatsTest.CONN_TSV)) {
            assertEquals("zeek.tsv", formats.detect(input).map(LogFormat::id).orElse("none"));
            assertEquals(2, Parsing.parse(formats.find("zeek.tsv").orElseThrow(), input, Parsing.OPTIONS)
                    .events.size(), "detection left the input at its start");
        }
    }
}
