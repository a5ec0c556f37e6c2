package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.model.IsoInstants;

/** The quick reading of ISO instants gives what {@link Instant#parse} gives, or fails as it fails. */
class IsoInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-09T18:55:37Z", "2026-11-09T18:55:37.1Z", "2026-11-09T18:55:37.123456789Z",
            "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999Z", "0001-01-01T00:00:00Z", "2026-11-09T18:55:37+07:00",
            "+12026-11-09T18:55:37Z", "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-09T24:00:00Z",
            "2026-12-31T23:59:60Z", "2026-11-09T18:55:37.Z", "2026-11-09T18:55:37.1234567890Z",
            "2026-11-09 18:55:37Z", "2026-11-09T18:55Z", "2026-1a-09T18:55:37Z", "2026-11-09T18:55:37z", "" })
    void instantsReadAsInstantParseReadsThemOrFailAsItFails(String text) {
        assertEquals(outcome(() -> Instant.parse(text)), outcome(() -> IsoInstants.parse(text)));
    }

    private static Object outcome(Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException e) {
            return e.getClass();
        }
    }
}
