package org.vigil.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.demo.DemoCases;
import org.vigil.demo.DemoCases.DemoCase;

/** The demo cases read whole, in the demo month, each worked forwards in time. */
class DemoCasesTest {

    @Test
    void everyCaseReadsWithATitleASystemAndATimeInTheDemoMonth() throws Exception {
        DemoCases.Data data = DemoCases.load();

        assertFalse(data.actor().isBlank());
        assertTrue(data.cases().size() >= 15 && data.cases().size() <= 25, "cases: " + data.cases().size());
        assertEquals(data.cases().size(), data.cases().stream().map(DemoCase::id).distinct().count());
        for (DemoCase c : data.cases()) {
            assertFalse(c.title().isBlank(), c.id());
            assertFalse(c.systems().isEmpty(), c.id());
            assertFalse(c.observables().isEmpty(), c.id());
            assertTrue(c.template() != null || c.category() != null && c.severity() != null, c.id());
            assertTrue(c.detectedAgo().compareTo(Duration.ofDays(28)) < 0, c.id());
        }
    }

    @Test
    void stepsAndCommentsComeAfterDetectionAndBeforeNow() throws Exception {
        for (DemoCase c : DemoCases.load().cases()) {
            List<Duration> steps = c.steps().stream().map(DemoCases.Step::after).toList();
            assertEquals(steps.stream().sorted().toList(), steps, c.id());
            List<Duration> times = new ArrayList<>(steps);
            c.comments().forEach(note -> times.add(note.after()));
            if (c.reportedAfter() != null) {
                times.add(c.reportedAfter());
            }
            times.forEach(after -> assertTrue(after.compareTo(c.detectedAgo()) < 0, c.id() + " " + after));
            boolean closed = !c.steps().isEmpty() && "CLOSED".equals(c.steps().getLast().status());
            assertEquals(closed, c.resolution() != null, c.id());
            assertEquals(closed, !c.summary().isBlank(), c.id());
        }
    }
}
