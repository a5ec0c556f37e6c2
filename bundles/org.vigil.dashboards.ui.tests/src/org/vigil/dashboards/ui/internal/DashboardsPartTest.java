package org.vigil.dashboards.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardFile;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.DashboardStore;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.VariableChoices;
import org.vigil.events.Cancellation;

/**
 * Edit mode of the Dashboards part on a real display (Xvfb in the build, releng/test.sh): the
 * operator's buttons pressed, the panel dialog and the save-as dialog answered with OK, the
 * dashboard store of the test workspace. The panels' figures are not what this is about: a runner
 * that says so fills them at once.
 */
class DashboardsPartTest {

    private static final String SHOWN = "soc-overview"; //$NON-NLS-1$
    private static final String COPY = "soc-overview-copy"; //$NON-NLS-1$
    private static final long PATIENCE_MS = 30_000;

    private Display display;
    private Shell shell;
    private DashboardStore store;

    @BeforeEach
    void aPartOnScreen() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "needs an X display (releng/test.sh runs the build under Xvfb)");
        display = Display.getDefault();
        store = service(DashboardStore.class);
        Files.deleteIfExists(saved());
        shell = new Shell(display);
        shell.setSize(1400, 900);
        new DashboardsPart(new DisplaySync(display), store, new NoFigures(), null, null).create(shell);
        shell.open();
    }

    @AfterEach
    void closeAndForgetTheCopy() throws Exception {
        if (shell != null) {
            shell.dispose();
        }
        if (store != null) {
            Files.deleteIfExists(saved());
        }
    }

    @Test
    void aPanelAddedMovedResizedUndoneAndRedoneIsSavedAsACopyInTheDocumentedFormat() throws Exception {
        int shipped = store.list().stream().filter(d -> d.id().equals(SHOWN)).findFirst().orElseThrow().panels().size();
        waitUntil(() -> panelFrames().size() == shipped, "the SOC overview's " + shipped + " panels");

        Button edit = button(b -> (b.getStyle() & SWT.TOGGLE) != 0 && b.getText().equals(Messages.Part_edit));
        edit.setSelection(true);
        click(edit);
        List<Control> before = panelFrames();
        answerWithOk(Messages.Panel_dialogTitle);
        click(button(b -> b.getText().equals(Messages.Edit_add)));
        waitUntil(() -> panelFrames().size() == shipped + 1, "the added panel on the grid");
        Control added = panelFrames().stream().filter(frame -> !before.contains(frame)).findFirst().orElseThrow();
        Grid placed = (Grid) added.getLayoutData();

        click(editButton(added, Messages.Edit_right));
        click(editButton(added, Messages.Edit_wider));
        Grid moved = new Grid(placed.x() + 1, placed.y(), placed.w() + 1, placed.h());
        assertEquals(moved, added.getLayoutData(), "moved one column right and one wider");
        click(button(b -> b.getText().startsWith(Messages.Edit_undo) && b.isEnabled()));
        assertEquals(new Grid(placed.x() + 1, placed.y(), placed.w(), placed.h()), added.getLayoutData(),
                "the widening undone, the move kept");
        click(button(b -> b.getText().startsWith(Messages.Edit_redo) && b.isEnabled()));
        assertEquals(moved, added.getLayoutData(), "the widening done again");

        answerWithOk(Messages.Edit_saveAsTitle);
        click(button(b -> b.getText().equals(Messages.Edit_saveAs)));
        waitUntil(() -> Files.exists(saved()), "the copy saved");
        String listed = label(COPY);
        waitUntil(() -> chooser().contains(listed), "the copy listed in the chooser");

        String text = Files.readString(saved(), StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s)\\{\\s*\"format\"\\s*:\\s*1,.*") && text.lines().count() > 20,
                "readable JSON, format 1 first, one key a line: " + text);
        Dashboard copy = DashboardFile.read(saved().toString(), text);
        assertEquals(COPY, copy.id());
        assertEquals(shipped + 1, copy.panels().size());
        Panel addedPanel = copy.panels().get(copy.panels().size() - 1);
        assertEquals(moved, addedPanel.grid());
        assertEquals(shipped + 1, panelFrames().size(), "the part shows the panels saved");
        assertEquals(shipped, store.list().stream().filter(d -> d.id().equals(SHOWN)).findFirst().orElseThrow()
                .panels().size(), "the shipped dashboard stays as shipped");
    }

    private Path saved() {
        return store.location().resolve(COPY + ".json"); //$NON-NLS-1$
    }

    private String label(String id) throws Exception {
        Dashboard d = store.list().stream().filter(one -> one.id().equals(id)).findFirst().orElseThrow();
        return org.eclipse.osgi.util.NLS.bind(Messages.Part_saved, d.title().in(java.util.Locale.getDefault()));
    }

    private List<String> chooser() {
        Combo combo = (Combo) find(shell, c -> c instanceof Combo one && one.getItemCount() > 0
                && Arrays.stream(one.getItems()).anyMatch(item -> item.contains("SOC"))).get(0); //$NON-NLS-1$
        return Arrays.asList(combo.getItems());
    }

    /** @return the panels on the grid, as the operator sees them */
    private List<Control> panelFrames() {
        ScrolledComposite scroller = (ScrolledComposite) find(shell, ScrolledComposite.class::isInstance).get(0);
        return Arrays.stream(((Composite) scroller.getContent()).getChildren()).filter(c -> !c.isDisposed()).toList();
    }

    private static Button editButton(Control frame, String tooltip) {
        return (Button) find((Composite) frame, c -> c instanceof Button b && tooltip.equals(b.getToolTipText()))
                .get(0);
    }

    private Button button(Predicate<Button> which) {
        List<Control> found = find(shell, c -> c instanceof Button b && which.test(b));
        assertTrue(!found.isEmpty(), "no such button");
        return (Button) found.get(0);
    }

    private static List<Control> find(Composite in, Predicate<Control> which) {
        List<Control> found = new ArrayList<>();
        for (Control child : in.getChildren()) {
            if (which.test(child)) {
                found.add(child);
            }
            if (child instanceof Composite composite) {
                found.addAll(find(composite, which));
            }
        }
        return found;
    }

    private void click(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        dispatch();
    }

    /** Presses OK in the dialog of that title once it shows: it runs its own event loop meanwhile. */
    private void answerWithOk(String title) {
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell open : display.getShells()) {
                    if (title.equals(open.getText()) && open.isVisible() && open.getDefaultButton() != null) {
                        open.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                display.timerExec(100, this);
            }
        });
    }

    private void waitUntil(BooleanSupplier done, String what) {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!done.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "gave up waiting for " + what);
            if (!display.readAndDispatch()) {
                sleep();
            }
        }
        dispatch();
    }

    private void dispatch() {
        while (display.readAndDispatch()) {
            // Until the queue is empty: layouts and the jobs' hand-overs.
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <S> S service(Class<S> type) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(type);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start(Bundle.START_TRANSIENT);
        }
        ServiceTracker<S, S> tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
        tracker.open();
        S found = tracker.waitForService(PATIENCE_MS);
        assertTrue(found != null, "no " + type.getSimpleName() + " service");
        return found;
    }

    /** The E4 UI synchronizer, on the display the test runs. */
    private static final class DisplaySync extends UISynchronize {

        private final Display display;

        DisplaySync(Display display) {
            this.display = display;
        }

        @Override
        public void syncExec(Runnable runnable) {
            display.syncExec(runnable);
        }

        @Override
        public void asyncExec(Runnable runnable) {
            display.asyncExec(runnable);
        }

        @Override
        protected boolean isUIThread(Thread thread) {
            return display.getThread() == thread;
        }

        @Override
        protected void showBusyWhile(Runnable runnable) {
            runnable.run();
        }

        @Override
        protected boolean dispatchEvents() {
            return display.readAndDispatch();
        }
    }

    /** Panels without figures: what they show is not what this test is about. */
    private static final class NoFigures implements DashboardRunner {

        @Override
        public VariableChoices choices() {
            return new VariableChoices(java.util.Map.of(), VariableChoices.LEVELS, List.of());
        }

        @Override
        public PanelFigures evaluate(Dashboard dashboard, Panel panel, RunSettings settings, Cancellation cancellation) {
            return PanelFigures.none(panel, PanelFigures.Outcome.NOT_AVAILABLE, "not computed in this test"); //$NON-NLS-1$
        }

        @Override
        public String variablesKql(Dashboard dashboard, RunSettings settings) {
            return ""; //$NON-NLS-1$
        }
    }
}
