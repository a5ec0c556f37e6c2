package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.ingest.tests.Parsing.lines;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigil.ingest.FormatDetector;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.internal.CsvFormat;
import org.vigil.ingest.internal.EcsJsonFormat;
import org.vigil.ingest.internal.SuricataEveFormat;
import org.vigil.ingest.internal.SyslogFormat;
import org.vigil.ingest.internal.ZeekJsonFormat;
import org.vigil.ingest.internal.ZeekTsvFormat;

/** Auto-detection picks the right format for each kind of sample file. */
class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector(List.of(new SyslogFormat(), new CsvFormat(),
            new ZeekTsvFormat(), new ZeekJsonFormat(), new SuricataEveFormat(), new EcsJsonFormat()));

    @Test
    void eachSampleIsRecognised() {
        assertEquals(SuricataEveFormat.ID, detected(lines(SuricataEveFormatTest.ALERT, SuricataEveFormatTest.FLOW)));
        assertEquals(ZeekTsvFormat.ID, detected(ZeekFormatsTest.CONN_TSV));
        assertEquals(ZeekJsonFormat.ID, detected(ZeekFormatsTest.CONN_JSON));
        assertEquals(CsvFormat.ID, detected(CsvFormatTest.FIREWALL));
        assertEquals(SyslogFormat.ID, detected(lines(SyslogFormatTest.RFC5424, SyslogFormatTest.RFC3164)));
        assertEquals(SyslogFormat.ID, detected(lines(SyslogFormatTest.RFC3164_NO_PRI)));
        assertEquals(EcsJsonFormat.ID,
                detected(lines("{\"@timestamp\":\"2026-10-02T01:15:03Z\",\"event\":{\"kind\":\"event\"}}")));
    }

    @Test
    void nothingIsChosenForTextOfNoKnownFormat() {
        List<String> prose = List.of("Dear operator,", "the sensor in rack 4 was rebooted.", "Regards");

        assertTrue(detector.detect(prose).isEmpty());
        assertTrue(detector.detect(List.of()).isEmpty());
    }

    private String detected(String sample) {
        Optional<LogFormat> format = detector.detect(sample.lines().limit(FormatDetector.SAMPLE_LINES).toList());
        return format.map(LogFormat::id).orElse("none");
    }
}
