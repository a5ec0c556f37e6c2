package org.vigil.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.vigil.core.model.TimeRange;
import org.vigil.ui.internal.AbsoluteRangeDialog;
import org.vigil.ui.internal.Messages;
import org.vigil.ui.internal.QuickRange;

/**
 * The time range of the search: Kibana's quick relative ranges, an absolute range picked in a
 * dialog, and the range last narrowed to on the histogram, all in one drop-down. Absolute ranges
 * are shown in the operator's zone and kept in UTC. Shared by every part that reads events over
 * a time range (Investigate, Dashboards), so that a range means the same everywhere.
 */
public final class RangePicker {

    private static final int ABSOLUTE = QuickRange.values().length;
    private static final int CUSTOM = ABSOLUTE + 1;
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Combo combo;
    private final Runnable changed;
    private TimeRange custom;
    private int previous;

    /**
     * @param parent where the drop-down goes
     * @param changed told when the operator picks another range
     */
    public RangePicker(Composite parent, Runnable changed) {
        this.changed = changed;
        combo = new Combo(parent, SWT.READ_ONLY);
        for (QuickRange range : QuickRange.values()) {
            combo.add(range.label());
        }
        combo.add(Messages.Range_absolute);
        select(QuickRange.LAST_24_HOURS.ordinal());
        combo.addListener(SWT.Selection, event -> picked());
    }

    /**
     * @param now the instant the search starts
     * @return the range to search
     */
    public TimeRange resolve(Instant now) {
        return previous < ABSOLUTE ? QuickRange.values()[previous].at(now) : custom;
    }

    /** @return the quick range chosen, or -1 for an absolute one */
    public int quickIndex() {
        return previous < ABSOLUTE ? previous : -1;
    }

    /** @param index a {@link QuickRange}'s ordinal */
    public void select(int index) {
        previous = index;
        combo.select(index);
    }

    /** @param range an absolute range to search from now on */
    public void setAbsolute(TimeRange range) {
        custom = range;
        ZonedDateTime from = range.from().atZone(ZoneId.systemDefault());
        ZonedDateTime to = range.to().atZone(ZoneId.systemDefault());
        // The end's date is left out when it is the start's, which keeps the drop-down narrow.
        String label = NLS.bind(Messages.Range_custom, DAY_AND_TIME.format(from),
                (from.toLocalDate().equals(to.toLocalDate()) ? TIME : DAY_AND_TIME).format(to));
        if (combo.getItemCount() > CUSTOM) {
            combo.setItem(CUSTOM, label);
        } else {
            combo.add(label);
        }
        select(CUSTOM);
        combo.getParent().layout(true);
    }

    /**
     * @param from the start of a range that ends now, in date math such as {@code now-7d}
     * @return whether a quick range starts there; it is selected then
     */
    public boolean selectRelative(String from) {
        for (QuickRange range : QuickRange.values()) {
            if (range.from().equals(from)) {
                select(range.ordinal());
                return true;
            }
        }
        return false;
    }

    /** @return the drop-down, for layout */
    public Combo control() {
        return combo;
    }

    private void picked() {
        if (combo.getSelectionIndex() != ABSOLUTE) {
            previous = combo.getSelectionIndex();
            changed.run();
            return;
        }
        AbsoluteRangeDialog dialog = new AbsoluteRangeDialog(combo.getShell(), resolve(Instant.now()),
                ZoneId.systemDefault());
        if (dialog.open() == Window.OK) {
            setAbsolute(dialog.range());
            changed.run();
        } else {
            combo.select(previous);
        }
    }

}
