package org.vigil.ingest;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the format of a file from its first lines: the format with the highest
 * {@link LogFormat#sniff} score wins, ties going to the smaller id so that the choice does not
 * depend on service order, and no format is chosen below {@link #MINIMUM_CONFIDENCE} (the user
 * then picks one).
 */
public final class FormatDetector {

    /** How many lines are sniffed: enough to skip headers, few enough to stay instant. */
    public static final int SAMPLE_LINES = 20;

    /** Below this score a guess is more likely to import garbage than to help. */
    public static final double MINIMUM_CONFIDENCE = 0.5;

    private final List<LogFormat> formats;

    /** @param formats the candidates, typically every published {@link LogFormat} */
    public FormatDetector(Collection<? extends LogFormat> formats) {
        this.formats = formats.stream().sorted(Comparator.comparing(LogFormat::id)).map(LogFormat.class::cast)
                .toList();
    }

    /**
     * @param firstLines the first lines of a file
     * @return the most likely format, or empty when none is likely enough
     */
    public Optional<LogFormat> detect(List<String> firstLines) {
        LogFormat best = null;
        double bestScore = MINIMUM_CONFIDENCE;
        for (LogFormat format : formats) {
            double score = format.sniff(firstLines);
            if (score > bestScore || score == bestScore && best == null) {
                best = format;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param input an opened file; its position is left unchanged
     * @return the most likely format, or empty when none is likely enough
     * @throws IOException when the first lines cannot be read
     */
    public Optional<LogFormat> detect(LogInput input) throws IOException {
        return detect(input.peekLines(SAMPLE_LINES));
    }
}
