package org.vigil.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.vigil.query.DateMath;

/** Date math as Elasticsearch resolves it, for a fixed "now" (a Wednesday). */
class DateMathTest {

    private static final Instant NOW = Instant.parse("2024-05-15T10:37:42.123Z");

    @Test
    void nowAndArithmetic() {
        assertResolves("2024-05-15T10:37:42.123Z", "now", false);
        assertResolves("2024-05-15T09:37:42.123Z", "now-1h", false);
        assertResolves("2024-05-15T09:37:42.123Z", "now-1H", false);
        assertResolves("2024-05-17T10:37:42.123Z", "now+2d", false);
        assertResolves("2024-04-15T10:37:42.123Z", "now-1M", false);
        assertResolves("2023-05-15T10:37:42.123Z", "now-1y", false);
        assertResolves("2024-05-08T10:37:42.123Z", "now-1w", false);
        assertResolves("2024-05-15T10:07:42.123Z", "now-30m", false);
        assertResolves("2024-05-15T10:37:32.123Z", "now-10s", false);
        assertResolves("2024-05-14T10:37:42.123Z", "now-d", false);
        assertResolves("2024-05-15T11:37:42.123Z", "now+1d-23h", false);
    }

    @Test
    void roundingDownAndUp() {
        assertResolves("2024-05-15T00:00:00Z", "now/d", false);
        assertResolves("2024-05-15T23:59:59.999Z", "now/d", true);
        assertResolves("2024-05-13T00:00:00Z", "now/w", false);
        assertResolves("2024-05-19T23:59:59.999Z", "now/w", true);
        assertResolves("2024-05-01T00:00:00Z", "now/M", false);
        assertResolves("2024-01-01T00:00:00Z", "now/y", false);
        assertResolves("2024-05-15T10:00:00Z", "now/h", false);
        assertResolves("2024-05-15T10:37:00Z", "now/m", false);
        assertResolves("2024-05-14T00:00:00Z", "now-1d/d", false);
    }

    @Test
    void isoDates() {
        assertResolves("2024-05-31T00:00:00Z", "2024-05-31", false);
        assertResolves("2024-05-31T23:59:59.999Z", "2024-05-31", true);
        assertResolves("2024-05-31T23:59:59.999Z", "2024-05", true);
        assertResolves("2024-01-01T00:00:00Z", "2024", false);
        assertResolves("2024-05-31T08:30:00Z", "2024-05-31T08:30", false);
        assertResolves("2024-05-31T08:30:59.999Z", "2024-05-31T08:30", true);
        assertResolves("2024-05-31T01:30:00Z", "2024-05-31T08:30:00+07:00", false);
        assertResolves("2024-05-31T08:30:00.250Z", "2024-05-31T08:30:00.250Z", true);
        assertResolves("2024-05-30T17:00:00Z", "2024-05-31T00:00+07:00", false);
    }

    @Test
    void mathOnDates() {
        assertResolves("2024-06-01T00:00:00Z", "2024-05-31||+1M/M", false);
        assertResolves("2024-06-30T23:59:59.999Z", "2024-05-31||+1M/M", true);
        assertResolves("2024-05-31T00:00:00Z", "2024-05-31||", false);
    }

    @Test
    void errorsSayWhereAndWhat() {
        assertInvalid("yesterday", "0");
        assertInvalid("now-1x", "5");
        assertInvalid("now*2", "3");
        assertInvalid("2024-13-01", "0");
        assertInvalid("", "0");
        assertInvalid("2024-05-31T8", "10");
        assertInvalid("now/", "4");
    }

    private static void assertResolves(String expected, String expression, boolean roundUp) {
        assertEquals(Instant.parse(expected), DateMath.resolve(expression, NOW, roundUp), expression);
    }

    private static void assertInvalid(String expression, String position) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DateMath.resolve(expression, NOW, false), expression);
        assertTrue(error.getMessage().contains("'" + expression + "'") && error.getMessage().contains(position),
                error.getMessage());
    }
}
