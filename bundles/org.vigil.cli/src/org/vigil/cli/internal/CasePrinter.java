package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.AuditEntry;
import org.vigil.cases.Case;
import org.vigil.cases.CaseSettings;
import org.vigil.cases.CaseTask;
import org.vigil.cases.Comment;
import org.vigil.cases.Evidence;
import org.vigil.cases.Labels;
import org.vigil.cases.Observable;
import org.vigil.cases.SlaPolicy;
import org.vigil.cases.SystemRef;

/** Prints cases for people: one line each in a list, everything about one case in {@code show}. */
final class CasePrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    private final PrintStream out;
    private final Labels labels = Labels.of(Locale.getDefault());
    private final ZoneId zone = ZoneId.systemDefault();

    CasePrinter(PrintStream out) {
        this.out = out;
    }

    void list(List<Case> cases, SlaPolicy sla, Instant now) {
        out.println(NLS.bind(Messages.Cases_listHeader, cases.size()));
        for (Case c : cases) {
            out.printf("  %-14s %-16s %-12s %-2s %-16s %s%n", c.number(), labels.label(c.status()), //$NON-NLS-1$
                    labels.label(c.severity()), sla.overdue(c, now) ? "!" : "", //$NON-NLS-1$ //$NON-NLS-2$
                    Objects.requireNonNullElse(c.assignee(), "-"), c.title()); //$NON-NLS-1$
        }
    }

    void show(Case c, List<Comment> comments, List<AuditEntry> audit, CaseSettings settings, Instant now) {
        out.println(c.number() + "  " + c.title()); //$NON-NLS-1$
        out.println(NLS.bind(Messages.Cases_showClass, new Object[] { labels.label(c.status()),
                labels.label(c.severity()), labels.label(c.category()), labels.label(c.tlp()), labels.label(c.pap()) }));
        if (c.resolution() != null) {
            out.println(NLS.bind(Messages.Cases_showResolution, labels.label(c.resolution()), c.summary()));
        }
        out.println(NLS.bind(Messages.Cases_showPeople, new Object[] { dash(c.assignee()), String.join(", ", c.watchers()), //$NON-NLS-1$
                String.join(", ", c.tags()) })); //$NON-NLS-1$
        out.println(NLS.bind(Messages.Cases_showTimes, new Object[] { time(c.times().detected()),
                time(c.times().reported()), time(c.times().acknowledged()), time(c.times().resolved()),
                time(c.times().closed()) }));
        if (settings.sla().overdue(c, now)) {
            out.println(NLS.bind(Messages.Cases_showOverdue, time(settings.sla().deadlines(c).resolve())));
        }
        paragraph(Messages.Cases_showDescription, c.description());
        paragraph(Messages.Cases_showImpact, c.impact());
        section(Messages.Cases_showSystems, c.systems().stream().map(CasePrinter::system).toList());
        section(Messages.Cases_showObservables, c.observables().stream().map(this::observable).toList());
        section(Messages.Cases_showTasks, tasks(c.tasks()));
        section(Messages.Cases_showEvidence, c.evidence().stream().map(this::evidence).toList());
        section(Messages.Cases_showComments, comments.stream()
                .map(comment -> time(comment.at()) + "  " + comment.author() + ": " + comment.text()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        section(Messages.Cases_showAudit, audit.stream().map(this::audit).toList());
    }

    private void section(String heading, List<String> lines) {
        out.println(NLS.bind(heading, lines.size()));
        lines.forEach(line -> out.println("    " + line)); //$NON-NLS-1$
    }

    private void paragraph(String heading, String text) {
        if (!text.isBlank()) {
            out.println(heading);
            text.lines().forEach(line -> out.println("    " + line)); //$NON-NLS-1$
        }
    }

    private static List<String> tasks(List<CaseTask> tasks) {
        return IntStream.range(0, tasks.size()).mapToObj(i -> (i + 1) + ". " + tasks.get(i) //$NON-NLS-1$
                + (tasks.get(i).assignee() == null ? "" : " @" + tasks.get(i).assignee())).toList(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String system(SystemRef system) {
        return system.name() + (system.level() == null ? "" : " (" + system.level() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private String observable(Observable o) {
        return labels.label(o.type()) + "  " + o.value() + (o.ioc() ? "  [IOC]" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (o.note().isBlank() ? "" : "  " + o.note()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String evidence(Evidence e) {
        return time(e.eventTime()) + "  " + e.key(); //$NON-NLS-1$
    }

    private String audit(AuditEntry e) {
        return time(e.at()) + "  " + e.actor() + "  " + e.caseNumber() + " " + e.field() + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + Objects.requireNonNullElse(e.oldValue(), "") + " → " + Objects.requireNonNullElse(e.newValue(), ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private String time(Instant at) {
        return at == null ? "-" : TIME.format(at.atZone(zone)); //$NON-NLS-1$
    }

    private static String dash(String value) {
        return value == null ? "-" : value; //$NON-NLS-1$
    }

    /** @return the operators, or a dash when there are none */
    static String operators(CaseSettings settings) {
        return settings.operators().isEmpty() ? "-" : settings.operators().stream().collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
