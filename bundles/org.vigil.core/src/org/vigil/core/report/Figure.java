package org.vigil.core.report;

import java.awt.image.BufferedImage;

/**
 * A picture in a report, such as a chart drawn off screen. The PDF scales it to the width of the
 * text, keeping its proportions; draw it at about twice the size it is printed for a sharp page.
 *
 * @param caption what it shows, printed beneath it
 * @param image the picture
 */
public record Figure(String caption, BufferedImage image) {
}
