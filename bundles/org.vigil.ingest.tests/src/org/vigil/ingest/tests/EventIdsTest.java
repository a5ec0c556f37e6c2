package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.vigil.ingest.EventIds;

/**
 * Ids are what stores replace by: an id that changed between versions would give every event
 * imported before a second copy when its file is imported again. The values below are those of
 * the first versions, {@code SHA-256(fileIdentity \n lineNumber \n recordText)}.
 */
class EventIdsTest {

    private static final String IDENTITY = EventIds.fileIdentity("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8));

    @Test
    void idsAreThoseEarlierVersionsGave() {
        assertEquals("e346432021b04179518d9614f3560ccd71354a4ee101ddcb893d6959a9d6301c", IDENTITY);
        EventIds file = EventIds.ofFile(IDENTITY);

        for (int twice = 0; twice < 2; twice++) {
            assertEquals("b223ac8282342970214a5d3837fa4f0f", file.id(1, "{\"a\":1}"));
            assertEquals("660f5bbc765c99cdbd819eb898010d73", file.id(7, "Nov  9 18:55:37 fw01 Đà Nẵng 🙂 blocked"));
            assertEquals("0ea0cd26b7fa73fbab584305e91c4d16", file.id(1_234_567_890_123L, "x"));
            // Lone surrogates are written as '?', as String.getBytes writes them.
            assertEquals("0fcc8b251ddd0b370dd9f84ffdcff742", file.id(3, "a\uD800b\uDC00c\uD83D"));
            assertEquals("5b2f97ff6e95dad08c5432636fc69faa", file.id(4, "\u00FF\u20AC\uD834\uDD1Eend"));
        }
        assertEquals("660f5bbc765c99cdbd819eb898010d73",
                EventIds.of(IDENTITY, 7, "Nov  9 18:55:37 fw01 Đà Nẵng 🙂 blocked"));
    }
}
