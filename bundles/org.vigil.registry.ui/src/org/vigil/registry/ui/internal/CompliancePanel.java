package org.vigil.registry.ui.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.registry.Agency;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.Figures;
import org.vigil.registry.compliance.SystemCompliance;
import org.vigil.registry.compliance.Target;

/**
 * Where the province stands: its figure with the trend since the first day kept, a progress bar
 * per agency (its systems and those of the agencies below it), and every overdue item.
 */
final class CompliancePanel {

    private static final int INDENT = 16;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final Label province;
    private final ProgressBar provinceBar;
    private final Label trend;
    private final ScrolledComposite scroller;
    private final Composite agencies;
    private final Table overdue;

    CompliancePanel(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Group progress = new Group(sash, SWT.NONE);
        progress.setText(Messages.Compliance_progress);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(progress);
        province = new Label(progress, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(province);
        provinceBar = new ProgressBar(progress, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(provinceBar);
        trend = new Label(progress, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(trend);
        scroller = new ScrolledComposite(progress, SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(scroller);
        agencies = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(agencies);
        scroller.setContent(agencies);
        scroller.setExpandHorizontal(true);
        Group late = new Group(sash, SWT.NONE);
        late.setText(Messages.Compliance_overdue);
        GridLayoutFactory.swtDefaults().applyTo(late);
        overdue = new Table(late, SWT.BORDER | SWT.FULL_SELECTION);
        overdue.setHeaderVisible(true);
        overdue.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(overdue);
        column(Messages.Column_name, 220);
        column(Messages.Column_agency, 170);
        column(Messages.Compliance_target, 280);
        column(Messages.Compliance_deadline, 110);
        sash.setWeights(2, 3);
    }

    Control control() {
        return provinceBar.getParent().getParent();
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(overdue, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    void show(RegistryView view, List<ComplianceSnapshot> history) {
        Figures total = view.report().province();
        province.setText(NLS.bind(Messages.Compliance_province,
                new Object[] { Percent.of(total.percent()), total.met(), total.total() }));
        provinceBar.setSelection((int) Math.round(total.percent()));
        ComplianceSnapshot first = history.isEmpty() ? null : history.get(0);
        trend.setText(first == null || !first.day().isBefore(view.report().day()) ? Messages.Compliance_noTrend
                : NLS.bind(Messages.Compliance_trend, DATE.format(first.day()), Percent.of(first.province().percent())));
        showAgencies(view);
        showOverdue(view);
        province.getParent().layout(true, true);
    }

    private void showAgencies(RegistryView view) {
        for (Control child : agencies.getChildren()) {
            child.dispose();
        }
        for (Agency agency : view.tree().depthFirst()) {
            Figures figures = view.report().agencies().getOrDefault(agency.id(), Figures.NONE);
            if (figures.total() == 0) {
                continue;
            }
            Label name = new Label(agencies, SWT.NONE);
            name.setText(agency.name());
            GridDataFactory.fillDefaults().indent(INDENT * view.tree().depth(agency.id()), 0).applyTo(name);
            ProgressBar bar = new ProgressBar(agencies, SWT.HORIZONTAL);
            bar.setSelection((int) Math.round(figures.percent()));
            GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(bar);
            new Label(agencies, SWT.NONE).setText(NLS.bind(Messages.Compliance_figures,
                    new Object[] { Percent.of(figures.percent()), figures.met(), figures.total() }));
        }
        agencies.setSize(agencies.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
    }

    private void showOverdue(RegistryView view) {
        overdue.removeAll();
        for (SystemCompliance system : view.report().overdue()) {
            for (Target target : system.overdue()) {
                TableItem item = new TableItem(overdue, SWT.NONE);
                item.setText(new String[] { system.system().name(), view.agencyName(system.system().agencyId()),
                        target.label().text(), target.deadline() == null ? "" : DATE.format(target.deadline()) }); //$NON-NLS-1$
            }
        }
    }
}
