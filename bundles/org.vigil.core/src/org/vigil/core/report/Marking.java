package org.vigil.core.report;

/**
 * A sharing marking as the Traffic Light Protocol prints it: coloured capitals on black.
 *
 * @param label the text, such as {@code TLP:AMBER}
 * @param rgb its colour as {@code 0xRRGGBB}
 */
public record Marking(String label, int rgb) {
}
