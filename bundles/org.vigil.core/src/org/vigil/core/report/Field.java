package org.vigil.core.report;

/**
 * @param label what the value is
 * @param value the value; line breaks are kept
 */
public record Field(String label, String value) {
}
