package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.ingest.tests.Parsing.lines;
import static org.vigil.ingest.tests.Parsing.parse;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.Rejection;
import org.vigil.ingest.internal.CsvFormat;
import org.vigil.ingest.internal.EcsJsonFormat;
import org.vigil.ingest.internal.SuricataEveFormat;
import org.vigil.ingest.internal.SyslogFormat;
import org.vigil.ingest.internal.ZeekJsonFormat;
import org.vigil.ingest.internal.ZeekTsvFormat;

/** What every {@link LogFormat} promises its callers, run against each built-in format. */
class LogFormatContractTest {

    private static final String GARBAGE = lines("\u0000\u0001binary?", "}{", "\"unterminated", "<<>>", "x,y");

    static Stream<LogFormat> formats() {
        return Stream.of(new EcsJsonFormat(), new SuricataEveFormat(), new ZeekJsonFormat(), new ZeekTsvFormat(),
                new CsvFormat(), new SyslogFormat());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void namesItself(LogFormat format) {
        assertTrue(format.id().matches("[a-z][a-z0-9.]*"), format.id());
        assertFalse(format.displayName().isBlank());
        assertFalse(format.displayName().startsWith("NLS missing"), format.displayName());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void sniffsAScoreBetweenZeroAndOneForAnything(LogFormat format) {
        for (List<String> sample : List.of(List.<String>of(), List.of(""), GARBAGE.lines().toList())) {
            double score = format.sniff(sample);
            assertTrue(score >= 0 && score <= 1, format.id() + " scored " + score);
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void neverFailsOnGarbageButEmitsOnlyRejectionsWithLineNumbers(LogFormat format) {
        RecordingSink sink = parse(format, "garbage.log", GARBAGE);

        assertEquals(List.of(), sink.events);
        assertTrue(sink.rejections.stream().allMatch(rejection -> rejection.file().equals("garbage.log")));
        assertTrue(sink.rejections.stream().map(Rejection::reason).noneMatch(String::isBlank));
        assertTrue(sink.rejections.stream().allMatch(rejection -> rejection.lineNumber() >= 1
                && rejection.lineNumber() <= 5));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void emitsNothingForAnEmptyFile(LogFormat format) {
        RecordingSink sink = parse(format, "empty.log", "");

        assertEquals(List.of(), sink.events);
        assertEquals(List.of(), sink.rejections);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void stopsWhenTheSinkIsCancelled(LogFormat format) throws Exception {
        RecordingSink cancelled = new RecordingSink() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        format.parse(LogInput.ofText("any.log", GARBAGE), Parsing.OPTIONS, cancelled);

        assertEquals(List.of(), cancelled.rejections);
    }
}
