package org.vigil.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What to generate: the same settings always give the same events.
 *
 * @param seed the random seed; the cast of hosts, attackers and agencies follows from it
 * @param end the instant after the last event, in UTC
 * @param span how far back the events go from {@code end}
 * @param events how many events to generate
 */
public record DemoSettings(long seed, Instant end, Duration span, int events) {

    /** The seed of the standard demo: the number of the decree on security levels. */
    public static final long STANDARD_SEED = 85;

    /** Rejects settings that cannot give a meaningful data set. */
    public DemoSettings {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(span, "span");
        if (span.isNegative() || span.isZero()) {
            throw new IllegalArgumentException("The demo span must be positive: " + span);
        }
        if (events < 0) {
            throw new IllegalArgumentException("The number of demo events must not be negative: " + events);
        }
    }

    /**
     * The demo a fresh workstation starts with: four weeks of a provincial SOC's events.
     *
     * @param end the instant after the last event, usually now
     * @param events how many events
     * @return the settings
     */
    public static DemoSettings standard(Instant end, int events) {
        return new DemoSettings(STANDARD_SEED, end, Duration.ofDays(28), events);
    }

    /** @return the instant of the first possible event */
    public Instant start() {
        return end.minus(span);
    }
}
