package org.vigil.registry.ui.internal;

import java.text.NumberFormat;

/** Percentages as the operator's language writes them, without decimals. */
final class Percent {

    private Percent() {
    }

    static String of(double percent) {
        NumberFormat format = NumberFormat.getPercentInstance();
        format.setMaximumFractionDigits(0);
        return format.format(percent / 100);
    }
}
