package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Labels;
import org.vigil.cases.Severity;
import org.vigil.cases.SlaPolicy;
import org.vigil.cases.Status;
import org.vigil.cases.TaskTemplate;

/** The data files the bundle ships: templates in both languages, the SLA, the labels. */
class ShippedDataTest {

    @Test
    void everyTemplateHasBothLanguagesTasksAndAMandatoryOne() {
        List<CaseTemplate> templates = ShippedData.templates();

        assertEquals(List.of("network-scan", "malware-c2", "portal-exploit", "phishing-fraud", "defacement"),
                templates.stream().map(CaseTemplate::id).toList());
        for (CaseTemplate template : templates) {
            assertTrue(template.builtIn());
            assertNotEquals(template.name().en(), template.name().vi(), template.id());
            assertTrue(template.tasks().size() >= 4, template.id());
            assertTrue(template.tasks().stream().anyMatch(TaskTemplate::mandatory), template.id());
            template.tasks().forEach(task -> assertFalse(task.title().vi().isBlank() || task.title().vi().startsWith("!"),
                    template.id() + ": " + task));
        }
        assertTrue(templates.get(2).description().en().contains("CVE-2019-18935"));
    }

    @Test
    void theTemplateTextsAndLabelsHaveTheSameKeysInBothLanguages() throws IOException {
        assertEquals(load("templates.properties").stringPropertyNames(),
                load("templates_vi.properties").stringPropertyNames());
        assertEquals(load("/org/vigil/cases/labels.properties").stringPropertyNames(),
                load("/org/vigil/cases/labels_vi.properties").stringPropertyNames());
    }

    @Test
    void theShippedSlaCoversEverySeverityAndTheFiveDayReportingRule() {
        SlaPolicy sla = ShippedData.slaPolicy();

        assertEquals(Duration.ofHours(1), sla.bySeverity().get(Severity.CRITICAL).acknowledge());
        assertEquals(Duration.ofDays(5), sla.notifyWithin());
        assertEquals(Duration.ofDays(5), sla.finalReportWithin());
    }

    @Test
    void labelsFollowTheLanguageAskedNotTheJvm() {
        assertEquals("Đang xử lý", Labels.of(Locale.of("vi")).label(Status.IN_PROGRESS));
        assertEquals("In progress", Labels.of(Locale.ENGLISH).label(Status.IN_PROGRESS));
        assertEquals("en", Labels.of(Locale.GERMAN).language());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ShippedData.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
