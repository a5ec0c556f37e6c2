package org.vigil.dashboards.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vigil.dashboards.PanelKind;

/** How the panels' tables read in each language. */
class CellsTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void headersCaseWordsAndNumbersReadInVietnamese() {
        Cells cells = new Cells(Locale.of("vi"), HANOI);
        assertEquals("Tỷ lệ tuân thủ %", cells.header("compliance-percent"));
        assertEquals("host.name", cells.header("host.name"));
        assertEquals("Cao", cells.text(PanelKind.CASES_BY_SEVERITY, "value", "high"));
        assertEquals("Cao", cells.text(PanelKind.CASE_RESPONSE_TIMES, "severity", "high"));
        assertEquals("high", cells.text(PanelKind.TOP_VALUES, "value", "high"));
        assertEquals("2.714", cells.text("count", 2714L));
        assertEquals("12,5 %", cells.text("share", 0.125));
    }

    @Test
    void timesAreInTheOperatorsZoneAndMissingValuesShowAsADash() {
        Cells cells = new Cells(Locale.ENGLISH, HANOI);
        assertEquals("2026-03-02 00:00", cells.text("time", Instant.parse("2026-03-01T17:00:00Z")));
        assertEquals("–", cells.text("acknowledge-hours", null));
        assertEquals("Network scan", cells.text(PanelKind.CASES_BY_CATEGORY, "value", "network-scan"));
    }
}
