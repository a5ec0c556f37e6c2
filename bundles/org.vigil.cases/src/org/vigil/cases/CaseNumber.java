package org.vigil.cases;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable number of a case, {@code VIG-2026-0042}: the year it was opened and a sequence
 * per year and store. A store hands each number out once, even when creating the case then fails.
 *
 * @param year the year the case was opened
 * @param sequence its place in that year, from 1; more than four digits once 9999 are used
 */
public record CaseNumber(int year, int sequence) implements Comparable<CaseNumber> {

    private static final Pattern FORMAT = Pattern.compile("VIG-(\\d{4})-(\\d{4,9})"); //$NON-NLS-1$

    /** Rejects years and sequences no store hands out. */
    public CaseNumber {
        if (year < 1000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("VIG-" + year + "-" + sequence); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @param text a number as written, case and surrounding blanks ignored
     * @return the number
     * @throws IllegalArgumentException if the text is not a case number
     */
    public static CaseNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(text);
        }
        return new CaseNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** @return the number as written, {@code VIG-2026-0042} */
    @Override
    public String toString() {
        return String.format("VIG-%d-%04d", year, sequence); //$NON-NLS-1$
    }

    @Override
    public int compareTo(CaseNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }
}
