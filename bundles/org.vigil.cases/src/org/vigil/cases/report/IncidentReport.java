package org.vigil.cases.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.vigil.cases.AuditEntry;
import org.vigil.cases.Case;
import org.vigil.cases.CaseSettings;
import org.vigil.cases.Deadlines;
import org.vigil.cases.Evidence;
import org.vigil.cases.Labels;
import org.vigil.cases.Observable;
import org.vigil.cases.Status;
import org.vigil.cases.SystemRef;
import org.vigil.cases.Tlp;
import org.vigil.core.report.Document;
import org.vigil.core.report.Field;
import org.vigil.core.report.Marking;
import org.vigil.core.report.Section;
import org.vigil.core.report.Table;

/**
 * An incident report as the provincial authority or the national response network reads it,
 * in one language and already worded: reporting unit and contacts, the incident, affected
 * systems with their security level, detection, description and impact, observables, actions
 * with their times, status and key times. The formats of {@code org.vigil.reports} only lay it
 * out ({@link #document()}).
 *
 * @param language {@code vi} or {@code en}
 * @param title the report's title
 * @param caseNumber the case's number
 * @param tlp the case's sharing marking, printed at the top of every page
 * @param generated when it was made, worded ("Generated 2026-11-20 09:30")
 * @param sections the sections, in reading order
 */
public record IncidentReport(String language, String title, String caseNumber, Tlp tlp, String generated,
        List<Section> sections) {

    /** Copies the sections. */
    public IncidentReport {
        sections = List.copyOf(sections);
    }

    /** @return the report as any {@code org.vigil.reports.ReportFormat} writes it, the TLP as its marking */
    public Document document() {
        return new Document(language, title, caseNumber, new Marking(tlp.label(), tlp.rgb()), generated, sections);
    }

    /**
     * @param c the case
     * @param audit its audit trail, for the status moves among the actions
     * @param settings the store's settings: reporting unit and deadlines
     * @param locale the report's language
     * @param zone the time zone times are written in
     * @param now when the report is made
     * @return the report
     */
    public static IncidentReport of(Case c, List<AuditEntry> audit, CaseSettings settings, Locale locale, ZoneId zone,
            Instant now) {
        return new Builder(c, settings, Labels.of(locale), zone).build(audit, now);
    }

    /** Words one report; holds what every section needs. */
    private static final class Builder {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

        private final Case c;
        private final CaseSettings settings;
        private final Labels labels;
        private final ZoneId zone;

        Builder(Case c, CaseSettings settings, Labels labels, ZoneId zone) {
            this.c = c;
            this.settings = settings;
            this.labels = labels;
            this.zone = zone;
        }

        IncidentReport build(List<AuditEntry> audit, Instant now) {
            List<Section> sections = List.of(unit(), incident(), systems(), detection(),
                    text("report.description", c.description()), text("report.impact", c.impact()), //$NON-NLS-1$ //$NON-NLS-2$
                    observables(), actions(audit), keyTimes(), evidence());
            return new IncidentReport(labels.language(), t("report.title"), c.number().toString(), c.tlp(), //$NON-NLS-1$
                    t("report.generated") + " " + time(now), sections); //$NON-NLS-1$ //$NON-NLS-2$
        }

        private Section unit() {
            return fields("report.unit", field("report.unitName", settings.unit().name()), //$NON-NLS-1$ //$NON-NLS-2$
                    field("report.address", settings.unit().address()), //$NON-NLS-1$
                    field("report.contacts", settings.unit().contacts()), field("report.assignee", c.assignee())); //$NON-NLS-1$ //$NON-NLS-2$
        }

        private Section incident() {
            return fields("report.incident", field("report.case", c.number().toString()), //$NON-NLS-1$ //$NON-NLS-2$
                    field("report.titleField", c.title()), //$NON-NLS-1$
                    field("report.category", labels.label(c.category())), //$NON-NLS-1$
                    field("report.severity", labels.label(c.severity())), //$NON-NLS-1$
                    field("report.tlp", labels.label(c.tlp())), //$NON-NLS-1$
                    field("report.status", labels.label(c.status())), //$NON-NLS-1$
                    field("report.resolution", c.resolution() == null ? null : labels.label(c.resolution())), //$NON-NLS-1$
                    field("report.summary", c.summary())); //$NON-NLS-1$
        }

        private Section systems() {
            List<List<String>> rows = c.systems().stream().map(this::systemRow).toList();
            return new Section(t("report.systems"), List.of(), //$NON-NLS-1$
                    new Table(List.of(t("report.system"), t("report.level"), t("report.registry")), rows), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    rows.isEmpty() ? List.of(t("report.none")) : List.of()); //$NON-NLS-1$
        }

        private List<String> systemRow(SystemRef system) {
            return List.of(system.name(), system.level() == null ? t("report.levelUnknown") : system.level().toString(), //$NON-NLS-1$
                    t(system.registered() ? "report.registered" : "report.freeText")); //$NON-NLS-1$ //$NON-NLS-2$
        }

        private Section detection() {
            Deadlines due = settings.sla().deadlines(c);
            String sources = Stream.concat(Stream.of(c.detectionSource()).filter(s -> !s.isBlank()),
                    c.evidence().stream().map(Evidence::sourceId).distinct()).reduce((a, b) -> a + "; " + b).orElse(null); //$NON-NLS-1$
            return fields("report.detection", field("report.detected", time(c.times().detected())), //$NON-NLS-1$ //$NON-NLS-2$
                    field("report.detectionSource", sources), //$NON-NLS-1$
                    field("report.reported", time(c.times().reported())), //$NON-NLS-1$
                    field("report.notifyDue", time(due.notifyAuthority())), //$NON-NLS-1$
                    field("report.finalDue", time(due.finalReport()))); //$NON-NLS-1$
        }

        private Section observables() {
            List<List<String>> rows = c.observables().stream().map(this::observableRow).toList();
            return new Section(t("report.observables"), List.of(), //$NON-NLS-1$
                    new Table(List.of(t("report.type"), t("report.value"), t("report.ioc"), t("report.note")), rows), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    rows.isEmpty() ? List.of(t("report.none")) : List.of()); //$NON-NLS-1$
        }

        private List<String> observableRow(Observable o) {
            String type = labels.label(o.type());
            return List.of(type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1), o.value(), t(o.ioc() ? "report.yes" : "report.no"), o.note()); //$NON-NLS-1$ //$NON-NLS-2$
        }

        private Section actions(List<AuditEntry> audit) {
            record Action(Instant at, String what, String by) {
            }
            List<Action> actions = new ArrayList<>();
            c.tasks().stream().filter(task -> task.done()).forEach(task -> actions.add(new Action(task.doneAt(),
                    String.format(t("report.taskDone"), task.title()), task.doneBy()))); //$NON-NLS-1$
            audit.stream().filter(entry -> "status".equals(entry.field())).forEach(entry -> actions.add(new Action( //$NON-NLS-1$
                    entry.at(), String.format(t("report.statusChange"), status(entry.oldValue()), //$NON-NLS-1$
                            status(entry.newValue())), entry.actor())));
            List<List<String>> rows = actions.stream().sorted(Comparator.comparing(Action::at))
                    .map(a -> List.of(time(a.at()), a.what(), Objects.requireNonNullElse(a.by(), ""))).toList(); //$NON-NLS-1$
            return new Section(t("report.actions"), List.of(), //$NON-NLS-1$
                    new Table(List.of(t("report.time"), t("report.action"), t("report.by")), rows), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    rows.isEmpty() ? List.of(t("report.none")) : List.of()); //$NON-NLS-1$
        }

        private Section keyTimes() {
            return fields("report.timesHeading", field("report.acknowledged", time(c.times().acknowledged())), //$NON-NLS-1$ //$NON-NLS-2$
                    field("report.contained", time(c.times().contained())), //$NON-NLS-1$
                    field("report.resolved", time(c.times().resolved())), //$NON-NLS-1$
                    field("report.closed", time(c.times().closed()))); //$NON-NLS-1$
        }

        private Section evidence() {
            List<List<String>> rows = c.evidence().stream()
                    .map(e -> List.of(time(e.eventTime()), e.sourceId() + " / " + e.index(), e.eventId())).toList(); //$NON-NLS-1$
            return new Section(t("report.evidence"), List.of(), //$NON-NLS-1$
                    new Table(List.of(t("report.time"), t("report.detectionSource"), "id"), rows), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    List.of(String.format(t("report.timeZone"), zone.getId()))); //$NON-NLS-1$
        }

        private Section text(String heading, String body) {
            return new Section(t(heading), List.of(), null, List.of(body.isBlank() ? t("report.notSet") : body)); //$NON-NLS-1$
        }

        private Section fields(String heading, Field... fields) {
            return new Section(t(heading), List.of(fields), null, List.of());
        }

        private Field field(String label, String value) {
            return new Field(t(label), value == null || value.isBlank() ? t("report.notSet") : value); //$NON-NLS-1$
        }

        private String status(String name) {
            try {
                return name == null ? "" : labels.label(Status.valueOf(name)); //$NON-NLS-1$
            } catch (IllegalArgumentException e) {
                return name;
            }
        }

        private String time(Instant at) {
            return at == null ? null : TIME.format(at.atZone(zone));
        }

        private String t(String key) {
            return labels.text(key);
        }
    }
}
