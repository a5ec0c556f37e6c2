package org.vigil.ui.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.vigil.core.model.TimeRange;
import org.vigil.ui.ErrorLabel;

/**
 * From and to as date and time on the operator's wall clock, with the zone they are read in
 * shown; the range is kept in UTC. OK stays disabled, with the reason shown, while the end is not
 * after the start.
 */
public final class AbsoluteRangeDialog extends Dialog {

    private final ZoneId zone;
    private TimeRange range;
    private DateTime fromDate;
    private DateTime fromTime;
    private DateTime toDate;
    private DateTime toTime;
    private Label problem;

    /**
     * @param shell the parent shell
     * @param initial the range to start from
     * @param zone the zone the operator reads times in
     */
    public AbsoluteRangeDialog(Shell shell, TimeRange initial, ZoneId zone) {
        super(shell);
        this.range = initial;
        this.zone = zone;
    }

    /** @return the range chosen, valid once the dialog returned OK */
    public TimeRange range() {
        return range;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Absolute_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        ZonedDateTime from = range.from().atZone(zone);
        ZonedDateTime to = range.to().atZone(zone);
        new Label(area, SWT.NONE).setText(Messages.Absolute_from);
        fromDate = picker(area, SWT.DATE | SWT.DROP_DOWN, from);
        fromTime = picker(area, SWT.TIME | SWT.MEDIUM, from);
        new Label(area, SWT.NONE).setText(Messages.Absolute_to);
        toDate = picker(area, SWT.DATE | SWT.DROP_DOWN, to);
        toTime = picker(area, SWT.TIME | SWT.MEDIUM, to);
        Label zoneLabel = new Label(area, SWT.WRAP);
        String offset = from.getOffset().getTotalSeconds() == 0 ? "+00:00" : from.getOffset().getId();
        zoneLabel.setText(NLS.bind(Messages.Absolute_zone,
                new Object[] { zone.getId(), zone.getDisplayName(TextStyle.FULL, Locale.getDefault()), offset }));
        zoneLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        problem = ErrorLabel.create(area, 3);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    @Override
    protected void okPressed() {
        Optional<TimeRange> chosen = chosen();
        if (chosen.isPresent()) {
            range = chosen.get();
            super.okPressed();
        }
    }

    private DateTime picker(Composite parent, int style, ZonedDateTime shown) {
        DateTime picker = new DateTime(parent, style | SWT.BORDER);
        if ((style & SWT.DATE) != 0) {
            picker.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
        } else {
            picker.setTime(shown.getHour(), shown.getMinute(), shown.getSecond());
        }
        picker.addListener(SWT.Selection, event -> validate());
        return picker;
    }

    private Optional<TimeRange> chosen() {
        return TimeRange.ofLocal(local(fromDate, fromTime), local(toDate, toTime), zone);
    }

    private static LocalDateTime local(DateTime date, DateTime time) {
        return LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(),
                time.getMinutes(), time.getSeconds());
    }

    private void validate() {
        boolean valid = chosen().isPresent();
        problem.setText(valid ? "" : Messages.Absolute_order);
        getButton(IDialogConstants.OK_ID).setEnabled(valid);
        problem.getParent().layout(true);
    }
}
