package org.vigil.cases.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.vigil.cases.AuditEntry;
import org.vigil.cases.Case;
import org.vigil.cases.CaseNumber;
import org.vigil.cases.CaseSettings;
import org.vigil.cases.CaseTask;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Category;
import org.vigil.cases.Comment;
import org.vigil.cases.Evidence;
import org.vigil.cases.KeyTimes;
import org.vigil.cases.Observable;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Pap;
import org.vigil.cases.ReportingUnit;
import org.vigil.cases.Resolution;
import org.vigil.cases.Severity;
import org.vigil.cases.Sla;
import org.vigil.cases.SlaPolicy;
import org.vigil.cases.Status;
import org.vigil.cases.SystemRef;
import org.vigil.cases.TaskTemplate;
import org.vigil.cases.Text;
import org.vigil.cases.Tlp;

/**
 * The case model as JSON-shaped maps (strings, numbers, booleans, lists and maps only), the one
 * document form every store writes: Elasticsearch indexes it, H2 keeps it as JSON text. Null
 * values are left out; times are ISO-8601 instants, durations ISO-8601 durations, enums their
 * names. Reading accepts any {@link Number} for a number, as JSON parsers differ.
 */
public final class CaseDocuments {

    private CaseDocuments() {
    }

    /** @param c a case @return its document */
    public static Map<String, Object> toMap(Case c) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "number", c.number().toString()); //$NON-NLS-1$
        put(map, "version", c.version()); //$NON-NLS-1$
        put(map, "title", c.title()); //$NON-NLS-1$
        put(map, "description", c.description()); //$NON-NLS-1$
        put(map, "impact", c.impact()); //$NON-NLS-1$
        put(map, "detectionSource", c.detectionSource()); //$NON-NLS-1$
        put(map, "severity", c.severity()); //$NON-NLS-1$
        put(map, "tlp", c.tlp()); //$NON-NLS-1$
        put(map, "pap", c.pap()); //$NON-NLS-1$
        put(map, "category", c.category()); //$NON-NLS-1$
        put(map, "status", c.status()); //$NON-NLS-1$
        put(map, "resolution", c.resolution()); //$NON-NLS-1$
        put(map, "summary", c.summary()); //$NON-NLS-1$
        put(map, "tags", c.tags()); //$NON-NLS-1$
        put(map, "assignee", c.assignee()); //$NON-NLS-1$
        put(map, "watchers", c.watchers()); //$NON-NLS-1$
        put(map, "systems", maps(c.systems(), CaseDocuments::system)); //$NON-NLS-1$
        put(map, "observables", maps(c.observables(), CaseDocuments::observable)); //$NON-NLS-1$
        put(map, "tasks", maps(c.tasks(), CaseDocuments::task)); //$NON-NLS-1$
        put(map, "evidence", maps(c.evidence(), CaseDocuments::evidence)); //$NON-NLS-1$
        put(map, "times", times(c.times())); //$NON-NLS-1$
        put(map, "sla", c.sla() == null ? null : sla(c.sla())); //$NON-NLS-1$
        put(map, "templateId", c.templateId()); //$NON-NLS-1$
        put(map, "createdBy", c.createdBy()); //$NON-NLS-1$
        put(map, "created", c.created()); //$NON-NLS-1$
        put(map, "updated", c.updated()); //$NON-NLS-1$
        put(map, "mergedInto", c.mergedInto() == null ? null : c.mergedInto().toString()); //$NON-NLS-1$
        put(map, "mergedFrom", c.mergedFrom().stream().map(CaseNumber::toString).toList()); //$NON-NLS-1$
        return map;
    }

    /** @param map a document written by {@link #toMap(Case)} @return the case */
    public static Case toCase(Map<String, ?> map) {
        Doc d = new Doc(map);
        return new Case(CaseNumber.parse(d.string("number")), d.number("version"), d.string("title"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                d.string("description"), d.string("impact"), d.string("detectionSource"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                d.enumOf(Severity.class, "severity"), d.enumOf(Tlp.class, "tlp"), d.enumOf(Pap.class, "pap"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                d.enumOf(Category.class, "category"), d.enumOf(Status.class, "status"), //$NON-NLS-1$ //$NON-NLS-2$
                d.enumOf(Resolution.class, "resolution"), d.string("summary"), d.strings("tags"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                d.string("assignee"), d.strings("watchers"), d.list("systems", CaseDocuments::toSystem), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                d.list("observables", CaseDocuments::toObservable), d.list("tasks", CaseDocuments::toTask), //$NON-NLS-1$ //$NON-NLS-2$
                d.list("evidence", CaseDocuments::toEvidence), toTimes(d.doc("times")), //$NON-NLS-1$ //$NON-NLS-2$
                d.has("sla") ? toSla(d.doc("sla")) : null, d.string("templateId"), d.string("createdBy"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                d.instant("created"), d.instant("updated"), //$NON-NLS-1$ //$NON-NLS-2$
                d.has("mergedInto") ? CaseNumber.parse(d.string("mergedInto")) : null, //$NON-NLS-1$ //$NON-NLS-2$
                d.strings("mergedFrom").stream().map(CaseNumber::parse).toList()); //$NON-NLS-1$
    }

    /** @param entry an audit entry @return its document */
    public static Map<String, Object> toMap(AuditEntry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "caseNumber", entry.caseNumber()); //$NON-NLS-1$
        put(map, "version", entry.version()); //$NON-NLS-1$
        put(map, "at", entry.at()); //$NON-NLS-1$
        put(map, "actor", entry.actor()); //$NON-NLS-1$
        put(map, "field", entry.field()); //$NON-NLS-1$
        put(map, "oldValue", entry.oldValue()); //$NON-NLS-1$
        put(map, "newValue", entry.newValue()); //$NON-NLS-1$
        return map;
    }

    /** @param map a document written by {@link #toMap(AuditEntry)} @return the entry */
    public static AuditEntry toAuditEntry(Map<String, ?> map) {
        Doc d = new Doc(map);
        return new AuditEntry(d.string("caseNumber"), d.number("version"), d.instant("at"), d.string("actor"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                d.string("field"), d.string("oldValue"), d.string("newValue")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @param comment a comment @return its document */
    public static Map<String, Object> toMap(Comment comment) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", comment.id()); //$NON-NLS-1$
        put(map, "caseNumber", comment.caseNumber()); //$NON-NLS-1$
        put(map, "author", comment.author()); //$NON-NLS-1$
        put(map, "at", comment.at()); //$NON-NLS-1$
        put(map, "text", comment.text()); //$NON-NLS-1$
        return map;
    }

    /** @param map a document written by {@link #toMap(Comment)} @return the comment */
    public static Comment toComment(Map<String, ?> map) {
        Doc d = new Doc(map);
        return new Comment(d.string("id"), d.string("caseNumber"), d.string("author"), d.instant("at"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                d.string("text")); //$NON-NLS-1$
    }

    /** @param t a template @return its document */
    public static Map<String, Object> toMap(CaseTemplate t) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", t.id()); //$NON-NLS-1$
        put(map, "name", text(t.name())); //$NON-NLS-1$
        put(map, "description", text(t.description())); //$NON-NLS-1$
        put(map, "category", t.category()); //$NON-NLS-1$
        put(map, "severity", t.severity()); //$NON-NLS-1$
        put(map, "sla", sla(t.sla())); //$NON-NLS-1$
        put(map, "tasks", maps(t.tasks(), task -> Map.of("title", text(task.title()), "mandatory", task.mandatory()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        put(map, "tags", t.tags()); //$NON-NLS-1$
        return map;
    }

    /** @param map a document written by {@link #toMap(CaseTemplate)} @return the template, as saved */
    public static CaseTemplate toTemplate(Map<String, ?> map) {
        Doc d = new Doc(map);
        return new CaseTemplate(d.string("id"), toText(d.doc("name")), toText(d.doc("description")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                d.enumOf(Category.class, "category"), d.enumOf(Severity.class, "severity"), toSla(d.doc("sla")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                d.list("tasks", t -> new TaskTemplate(toText(t.doc("title")), t.bool("mandatory"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                d.strings("tags"), false); //$NON-NLS-1$
    }

    /** @param settings a store's settings @return their document */
    public static Map<String, Object> toMap(CaseSettings settings) {
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        settings.sla().bySeverity().forEach((severity, sla) -> bySeverity.put(severity.name(), sla(sla)));
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "sla", bySeverity); //$NON-NLS-1$
        put(map, "notifyWithin", settings.sla().notifyWithin()); //$NON-NLS-1$
        put(map, "finalReportWithin", settings.sla().finalReportWithin()); //$NON-NLS-1$
        put(map, "operators", settings.operators()); //$NON-NLS-1$
        put(map, "unit", Map.of("name", settings.unit().name(), "address", settings.unit().address(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "contacts", settings.unit().contacts())); //$NON-NLS-1$
        return map;
    }

    /** @param map a document written by {@link #toMap(CaseSettings)} @return the settings */
    public static CaseSettings toSettings(Map<String, ?> map) {
        Doc d = new Doc(map);
        Map<Severity, Sla> bySeverity = new EnumMap<>(Severity.class);
        Doc sla = d.doc("sla"); //$NON-NLS-1$
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, toSla(sla.doc(severity.name())));
        }
        Doc unit = d.doc("unit"); //$NON-NLS-1$
        return new CaseSettings(new SlaPolicy(bySeverity, d.duration("notifyWithin"), d.duration("finalReportWithin")), //$NON-NLS-1$ //$NON-NLS-2$
                d.strings("operators"), new ReportingUnit(unit.string("name"), unit.string("address"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        unit.string("contacts"))); //$NON-NLS-1$
    }

    private static Map<String, Object> system(SystemRef s) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "registryId", s.registryId()); //$NON-NLS-1$
        put(map, "name", s.name()); //$NON-NLS-1$
        put(map, "level", s.level()); //$NON-NLS-1$
        return map;
    }

    private static SystemRef toSystem(Doc d) {
        return new SystemRef(d.string("registryId"), d.string("name"), //$NON-NLS-1$ //$NON-NLS-2$
                d.has("level") ? (int) d.number("level") : null); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Map<String, Object> observable(Observable o) {
        return Map.of("type", o.type().name(), "value", o.value(), "ioc", o.ioc(), "note", o.note()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static Observable toObservable(Doc d) {
        return new Observable(d.enumOf(ObservableType.class, "type"), d.string("value"), d.bool("ioc"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                d.string("note")); //$NON-NLS-1$
    }

    private static Map<String, Object> task(CaseTask t) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", t.id()); //$NON-NLS-1$
        put(map, "title", t.title()); //$NON-NLS-1$
        put(map, "mandatory", t.mandatory()); //$NON-NLS-1$
        put(map, "assignee", t.assignee()); //$NON-NLS-1$
        put(map, "doneAt", t.doneAt()); //$NON-NLS-1$
        put(map, "doneBy", t.doneBy()); //$NON-NLS-1$
        return map;
    }

    private static CaseTask toTask(Doc d) {
        return new CaseTask(d.string("id"), d.string("title"), d.bool("mandatory"), d.string("assignee"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                d.instant("doneAt"), d.string("doneBy")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "sourceId", e.sourceId()); //$NON-NLS-1$
        put(map, "index", e.index()); //$NON-NLS-1$
        put(map, "eventId", e.eventId()); //$NON-NLS-1$
        put(map, "eventTime", e.eventTime()); //$NON-NLS-1$
        put(map, "snapshot", e.snapshot()); //$NON-NLS-1$
        put(map, "addedAt", e.addedAt()); //$NON-NLS-1$
        put(map, "addedBy", e.addedBy()); //$NON-NLS-1$
        return map;
    }

    private static Evidence toEvidence(Doc d) {
        return new Evidence(d.string("sourceId"), d.string("index"), d.string("eventId"), d.instant("eventTime"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                d.string("snapshot"), d.instant("addedAt"), d.string("addedBy")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Map<String, Object> times(KeyTimes t) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "detected", t.detected()); //$NON-NLS-1$
        put(map, "reported", t.reported()); //$NON-NLS-1$
        put(map, "acknowledged", t.acknowledged()); //$NON-NLS-1$
        put(map, "contained", t.contained()); //$NON-NLS-1$
        put(map, "resolved", t.resolved()); //$NON-NLS-1$
        put(map, "closed", t.closed()); //$NON-NLS-1$
        return map;
    }

    private static KeyTimes toTimes(Doc d) {
        return new KeyTimes(d.instant("detected"), d.instant("reported"), d.instant("acknowledged"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                d.instant("contained"), d.instant("resolved"), d.instant("closed")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Map<String, Object> sla(Sla sla) {
        return Map.of("acknowledge", sla.acknowledge().toString(), "resolve", sla.resolve().toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Sla toSla(Doc d) {
        return new Sla(d.duration("acknowledge"), d.duration("resolve")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Map<String, Object> text(Text t) {
        return Map.of("en", t.en(), "vi", t.vi()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Text toText(Doc d) {
        return new Text(d.string("en"), d.string("vi")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static <T> List<Map<String, Object>> maps(List<T> values, Function<T, Map<String, Object>> toMap) {
        return values.stream().map(toMap).toList();
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value instanceof Enum<?> e) {
            map.put(key, e.name());
        } else if (value instanceof Instant || value instanceof Duration) {
            map.put(key, value.toString());
        } else if (value != null) {
            map.put(key, value);
        }
    }

    /** Typed reads from a document map; an absent key reads as {@code null}, an empty list or false. */
    private record Doc(Map<String, ?> map) {

        boolean has(String key) {
            return map.get(key) != null;
        }

        String string(String key) {
            Object value = map.get(key);
            return value == null ? null : value.toString();
        }

        long number(String key) {
            Object value = map.get(key);
            return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
        }

        boolean bool(String key) {
            return Boolean.parseBoolean(string(key));
        }

        Instant instant(String key) {
            return has(key) ? Instant.parse(string(key)) : null;
        }

        Duration duration(String key) {
            return Duration.parse(string(key));
        }

        <E extends Enum<E>> E enumOf(Class<E> type, String key) {
            return has(key) ? Enum.valueOf(type, string(key)) : null;
        }

        @SuppressWarnings("unchecked")
        Doc doc(String key) {
            return new Doc(has(key) ? (Map<String, ?>) map.get(key) : Map.of());
        }

        List<String> strings(String key) {
            return has(key) ? ((List<?>) map.get(key)).stream().map(String::valueOf).toList() : List.of();
        }

        @SuppressWarnings("unchecked")
        <T> List<T> list(String key, Function<Doc, T> read) {
            List<T> values = new ArrayList<>();
            if (has(key)) {
                ((List<Map<String, ?>>) map.get(key)).forEach(item -> values.add(read.apply(new Doc(item))));
            }
            return values;
        }
    }
}
