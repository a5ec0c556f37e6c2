package org.vigil.dashboards.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.Test;
import org.vigil.cases.Text;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.PanelKind;
import org.vigil.ui.Navigator;

/**
 * What the part sends the Cases perspective when the operator opens a row of a case panel: the
 * workbench's model and event broker stand in, recording the request the case list receives.
 */
class DashboardsPartDrillTest {

    private final List<Object> sent = new ArrayList<>();
    private final DashboardsPart part = new DashboardsPart(null, null, null, navigator(), null);

    @Test
    void aRowOfOpenCasesBySeverityListsTheOpenCasesOfThatSeverity() {
        part.drillRow(figures(PanelKind.CASES_BY_SEVERITY, "critical"), List.of("critical", 2L));
        assertEquals(List.of(Navigator.TOPIC_CASE_LIST, new Navigator.CaseListRequest(null, "critical", null, false, true)),
                sent);
    }

    @Test
    void theOverdueFigureListsTheOpenCasesPastADeadline() {
        part.drillRow(figures(PanelKind.CASES_OVERDUE, 3L), List.of(3L));
        assertEquals(List.of(Navigator.TOPIC_CASE_LIST, new Navigator.CaseListRequest(null, null, null, true, true)),
                sent);
    }

    @Test
    void aRowOfCasesByCategoryListsEveryStatus() {
        part.drillRow(figures(PanelKind.CASES_BY_CATEGORY, "phishing"), List.of("phishing", 1L));
        assertEquals(List.of(Navigator.TOPIC_CASE_LIST, new Navigator.CaseListRequest(null, null, "phishing", false, false)),
                sent);
    }

    private static PanelFigures figures(PanelKind kind, Object value) {
        Panel panel = Panel.of("p", kind, Text.both("P"), new Grid(0, 0, 4, 3));
        FigureTable table = value instanceof Long ? new FigureTable(List.of("value"), List.of(List.of(value)))
                : new FigureTable(List.of("value", "count"), List.of(List.of(value, 1L)));
        return PanelFigures.of(panel, table, null);
    }

    private Navigator navigator() {
        MPerspective cases = stand(MPerspective.class, (method, args) -> null);
        EModelService models = stand(EModelService.class,
                (method, args) -> method.equals("findElements") ? List.of(cases) : null); //$NON-NLS-1$
        EPartService parts = stand(EPartService.class, (method, args) -> null);
        IEventBroker broker = stand(IEventBroker.class, (method, args) -> {
            sent.add(args[0]);
            sent.add(args[1]);
            return Boolean.TRUE;
        });
        return new Navigator(stand(MApplication.class, (method, args) -> null), models, parts, broker);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T stand(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
