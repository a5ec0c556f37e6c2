package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceException;

class CancellationTest {

    @Test
    void cancelAbortsOnlyTheRequestsStillInFlight() {
        Cancellation cancellation = new Cancellation();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        // An export makes thousands of requests with one token; the finished ones must be forgotten.
        for (int request = 0; request < 10_000; request++) {
            cancellation.guard(finished::incrementAndGet).close();
        }
        try (Cancellation.Guard open = cancellation.guard(inFlight::incrementAndGet)) {
            cancellation.cancel();
            cancellation.cancel();
        }
        assertEquals(0, finished.get());
        assertEquals(1, inFlight.get());
    }

    @Test
    void aGuardTakenAfterCancellingRunsAtOnce() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        AtomicInteger runs = new AtomicInteger();
        cancellation.guard(runs::incrementAndGet).close();
        assertEquals(1, runs.get());
        SourceException e = assertThrows(SourceException.class, () -> cancellation.check("demo"));
        assertEquals(SourceException.Kind.CANCELLED, e.kind());
    }
}
