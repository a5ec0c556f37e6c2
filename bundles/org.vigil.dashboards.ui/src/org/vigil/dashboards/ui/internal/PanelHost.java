package org.vigil.dashboards.ui.internal;

import java.util.List;
import java.util.Optional;

import org.jfree.chart.entity.ChartEntity;
import org.vigil.dashboards.charts.PanelChart;
import org.vigil.dashboards.PanelFigures;
import org.vigil.ui.Background;

/** What a panel asks of the dashboard that holds it. */
interface PanelHost {

    /** @return how figures read in the UI language */
    Cells cells();

    /**
     * @param figures a panel's figures
     * @return its chart in the workbench's theme and language; empty for kinds shown as a table
     */
    Optional<PanelChart> chart(PanelFigures figures);

    /**
     * @param figures the panel's figures
     * @param row a row of its table the operator opened
     */
    void drillRow(PanelFigures figures, List<Object> row);

    /**
     * @param chart the panel's chart
     * @param entity the bar, slice or point the operator clicked
     */
    void drillChart(PanelChart chart, ChartEntity entity);

    /** @param figures what a panel's run ended with */
    void finished(PanelFigures figures);

    /** @return whether the dashboard is in edit mode: panels show their move and resize buttons */
    boolean editing();

    /**
     * @param view the panel
     * @param edit what the operator asked of it in edit mode
     */
    void edit(PanelView view, PanelEdit edit);

    /** @param message how an action on a panel went, for the part's message line @param problem whether it failed */
    void say(String message, boolean problem);

    /**
     * @param name the job's name
     * @param work file work, run off the UI thread
     * @param done told on the UI thread that it succeeded
     * @param failed told on the UI thread why it failed
     */
    void inBackground(String name, Background.Work<Void> work, Runnable done, java.util.function.Consumer<Exception> failed);
}
