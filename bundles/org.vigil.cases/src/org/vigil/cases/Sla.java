package org.vigil.cases;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Service levels of a case, counted from its detection time.
 *
 * @param acknowledge how soon someone must take the case up
 * @param resolve how soon it must be resolved
 */
public record Sla(Duration acknowledge, Duration resolve) {

    /** Requires both durations, positive. */
    public Sla {
        Objects.requireNonNull(acknowledge, "acknowledge"); //$NON-NLS-1$
        Objects.requireNonNull(resolve, "resolve"); //$NON-NLS-1$
        if (acknowledge.isNegative() || acknowledge.isZero() || resolve.isNegative() || resolve.isZero()) {
            throw new IllegalArgumentException(acknowledge + " / " + resolve); //$NON-NLS-1$
        }
    }

    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*([mhd])"); //$NON-NLS-1$

    /**
     * @param text a time as operators write it in a template: {@code 30m}, {@code 4h}, {@code 3d},
     *            or ISO-8601 ({@code PT4H})
     * @return the duration, empty unless it is such a text and positive
     */
    public static Optional<Duration> parse(String text) {
        String given = text.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = SHORT.matcher(given);
        Duration duration;
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            duration = switch (matcher.group(2)) {
                case "m" -> Duration.ofMinutes(amount); //$NON-NLS-1$
                case "h" -> Duration.ofHours(amount); //$NON-NLS-1$
                default -> Duration.ofDays(amount);
            };
        } else {
            try {
                duration = Duration.parse(given.toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(duration);
    }

    /**
     * @param duration a duration
     * @return it as {@link #parse(String)} reads it back: {@code 30m}, {@code 4h}, {@code 3d}, or
     *         ISO-8601 when it has seconds
     */
    public static String format(Duration duration) {
        if (duration.toSeconds() % 60 != 0) {
            return duration.toString();
        }
        if (duration.toMinutes() % (24 * 60) == 0) {
            return duration.toDays() + "d"; //$NON-NLS-1$
        }
        return duration.toMinutes() % 60 == 0 ? duration.toHours() + "h" : duration.toMinutes() + "m"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
