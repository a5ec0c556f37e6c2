package org.vigil.dashboards.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.Text;
import org.vigil.dashboards.ChartStyle;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardFile;
import org.vigil.dashboards.DashboardFileException;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.TimeSpan;
import org.vigil.dashboards.Variables;
import org.vigil.dashboards.internal.JsonTree.Node;
import org.vigil.query.DateMath;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;

/**
 * Reads a dashboard file (docs/DASHBOARDS.md) and checks all of it before anything uses it. The
 * format is checked first, so that a file of a newer Vigil is named as such rather than by the
 * first key this one does not know.
 */
public final class DashboardReader {

    /** The most values a panel counts. */
    public static final int MAX_SIZE = 1000;

    private static final String FORMAT = "format"; //$NON-NLS-1$
    private static final String ID = "id"; //$NON-NLS-1$
    private static final String TITLE = "title"; //$NON-NLS-1$
    private static final String PANELS = "panels"; //$NON-NLS-1$
    private static final String KIND = "kind"; //$NON-NLS-1$
    private static final String GRID = "grid"; //$NON-NLS-1$
    private static final String EN = "en"; //$NON-NLS-1$
    private static final List<String> DASHBOARD_KEYS = List.of(FORMAT, ID, TITLE, "description", "time", "filter", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "variables", PANELS); //$NON-NLS-1$
    private static final List<String> PANEL_KEYS = List.of(ID, KIND, TITLE, GRID, "query", "fields", "size", "metric", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "split", "style", "compare"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> TEXT_KEYS = List.of(EN, "vi"); //$NON-NLS-1$
    private static final List<String> TIME_KEYS = List.of("from", "to"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final List<String> VARIABLE_KEYS = List.of("agency", "level", "source"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> GRID_KEYS = List.of("x", "y", "w", "h"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final List<String> METRIC_KEYS = List.of("function", "field"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String file;

    /** @param file the file's name, for messages */
    public DashboardReader(String file) {
        this.file = file;
    }

    /**
     * @param text what the file holds
     * @return the dashboard
     * @throws DashboardFileException naming the line, column and first mistake
     */
    public Dashboard read(String text) throws DashboardFileException {
        Node root = JsonTree.parse(file, text);
        Map<String, Node> top = object(root, Messages.File_theFile);
        format(root, top);
        keys(top, DASHBOARD_KEYS);
        String id = id(required(root, top, ID));
        Text title = text(required(root, top, TITLE), TITLE);
        Text description = top.containsKey("description") ? text(top.get("description"), "description") : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        TimeSpan time = top.containsKey("time") ? time(top.get("time")) : null; //$NON-NLS-1$ //$NON-NLS-2$
        String filter = top.containsKey("filter") ? query(top.get("filter"), "filter") : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Variables variables = top.containsKey("variables") ? variables(top.get("variables")) : null; //$NON-NLS-1$ //$NON-NLS-2$
        return new Dashboard(id, title, description, time, filter, variables, panels(required(root, top, PANELS)));
    }

    private void format(Node root, Map<String, Node> top) throws DashboardFileException {
        Node node = top.get(FORMAT);
        if (node == null) {
            throw error(root, NLS.bind(Messages.File_noFormat, DashboardFile.FORMAT));
        }
        if (!(node.value() instanceof Number number) || number.doubleValue() != number.longValue()
                || number.longValue() < 1) {
            throw error(node, NLS.bind(Messages.File_badFormat, node.value()));
        }
        if (number.longValue() > DashboardFile.FORMAT) {
            throw error(node, NLS.bind(Messages.File_newer, number.longValue(), DashboardFile.FORMAT));
        }
    }

    private List<Panel> panels(Node node) throws DashboardFileException {
        List<Panel> panels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : list(node, PANELS)) {
            Panel panel = panel(item);
            if (!ids.add(panel.id())) {
                throw error(object(item, PANELS).get(ID), NLS.bind(Messages.File_twoPanels, panel.id()));
            }
            panels.add(panel);
        }
        return panels;
    }

    private Panel panel(Node node) throws DashboardFileException {
        Map<String, Node> members = object(node, Messages.File_aPanel);
        keys(members, PANEL_KEYS);
        String id = id(required(node, members, ID));
        PanelKind kind = word(required(node, members, KIND), KIND, PanelKind.values(), PanelKind::word, Messages.File_unknownKind);
        List<String> fields = members.containsKey("fields") ? strings(members.get("fields"), "fields") : List.of(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (fields.size() < kind.requiredFields() || fields.size() > kind.maxFields()) {
            throw error(members.getOrDefault("fields", node), NLS.bind(Messages.File_fieldCount, new Object[] { //$NON-NLS-1$
                    kind.word(), kind.requiredFields(), kind.maxFields(), fields.size() }));
        }
        int size = members.containsKey("size") ? size(members.get("size")) : Panel.DEFAULT_SIZE; //$NON-NLS-1$ //$NON-NLS-2$
        ChartStyle style = members.containsKey("style") //$NON-NLS-1$
                ? word(members.get("style"), "style", ChartStyle.values(), ChartStyle::word, Messages.File_unknownStyle) //$NON-NLS-1$
                : null;
        return new Panel(id, kind, text(required(node, members, TITLE), TITLE), grid(required(node, members, GRID)),
                members.containsKey("query") ? query(members.get("query"), "query") : "", fields, size, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                members.containsKey("metric") ? metric(members.get("metric")) : null, //$NON-NLS-1$ //$NON-NLS-2$
                members.containsKey("split") ? string(members.get("split"), "split") : "", style, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                members.containsKey("compare") && bool(members.get("compare"), "compare")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private Grid grid(Node node) throws DashboardFileException {
        Map<String, Node> members = object(node, GRID);
        keys(members, GRID_KEYS);
        int[] values = new int[GRID_KEYS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (int) whole(required(node, members, GRID_KEYS.get(i)), GRID_KEYS.get(i));
        }
        try {
            return new Grid(values[0], values[1], values[2], values[3]);
        } catch (IllegalArgumentException e) {
            throw error(node, NLS.bind(Messages.File_badGrid, new Object[] { values[0], values[1], values[2], values[3],
                    Grid.COLUMNS }));
        }
    }

    private Metric metric(Node node) throws DashboardFileException {
        Map<String, Node> members = object(node, "metric"); //$NON-NLS-1$
        keys(members, METRIC_KEYS);
        Metric.Function function = word(required(node, members, "function"), "function", Metric.Function.values(), //$NON-NLS-1$
                Metric.Function::word, Messages.File_unknownFunction);
        String field = members.containsKey("field") ? string(members.get("field"), "field") : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (function != Metric.Function.COUNT && field.isBlank()) {
            throw error(node, NLS.bind(Messages.File_metricField, function.word()));
        }
        return new Metric(function, field);
    }

    private TimeSpan time(Node node) throws DashboardFileException {
        Map<String, Node> members = object(node, "time"); //$NON-NLS-1$
        keys(members, TIME_KEYS);
        String from = string(required(node, members, "from"), "from"); //$NON-NLS-1$ //$NON-NLS-2$
        String to = string(required(node, members, "to"), "to"); //$NON-NLS-1$ //$NON-NLS-2$
        dateMath(members.get("from"), from, false); //$NON-NLS-1$
        dateMath(members.get("to"), to, true); //$NON-NLS-1$
        return new TimeSpan(from, to);
    }

    private void dateMath(Node node, String expression, boolean roundUp) throws DashboardFileException {
        try {
            DateMath.resolve(expression, Instant.now(), roundUp);
        } catch (IllegalArgumentException e) {
            throw error(node, NLS.bind(Messages.File_badTime, expression, e.getMessage()));
        }
    }

    private Variables variables(Node node) throws DashboardFileException {
        Map<String, Node> members = object(node, "variables"); //$NON-NLS-1$
        keys(members, VARIABLE_KEYS);
        Integer level = null;
        Node levelNode = members.get("level"); //$NON-NLS-1$
        if (levelNode != null && levelNode.value() != null) {
            long given = whole(levelNode, "level"); //$NON-NLS-1$
            if (given < 1 || given > 5) {
                throw error(levelNode, NLS.bind(Messages.File_badLevel, given));
            }
            level = (int) given;
        }
        return new Variables(nullableString(members.get("agency"), "agency"), level, //$NON-NLS-1$ //$NON-NLS-2$
                nullableString(members.get("source"), "source")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String query(Node node, String key) throws DashboardFileException {
        String query = string(node, key);
        try {
            KqlParser.parse(query);
        } catch (QuerySyntaxException e) {
            throw error(node, NLS.bind(Messages.File_badQuery, query, e.getMessage()));
        }
        return query;
    }

    private int size(Node node) throws DashboardFileException {
        long size = whole(node, "size"); //$NON-NLS-1$
        if (size < 1 || size > MAX_SIZE) {
            throw error(node, NLS.bind(Messages.File_badSize, MAX_SIZE, size));
        }
        return (int) size;
    }

    private String id(Node node) throws DashboardFileException {
        String id = string(node, ID);
        if (!id.matches(Dashboard.ID_PATTERN)) {
            throw error(node, NLS.bind(Messages.File_badId, id));
        }
        return id;
    }

    private Text text(Node node, String key) throws DashboardFileException {
        Map<String, Node> members = object(node, key);
        keys(members, TEXT_KEYS);
        String en = members.containsKey(EN) ? string(members.get(EN), EN) : ""; //$NON-NLS-1$
        if (en.isBlank() && TITLE.equals(key)) {
            throw error(members.getOrDefault(EN, node), NLS.bind(Messages.File_blankEnglish, key));
        }
        return new Text(en, members.containsKey("vi") ? string(members.get("vi"), "vi") : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private <E> E word(Node node, String key, E[] values, Function<E, String> word, String unknown) throws DashboardFileException {
        String given = string(node, key);
        for (E value : values) {
            if (word.apply(value).equals(given)) {
                return value;
            }
        }
        throw error(node, NLS.bind(unknown, given, Arrays.stream(values).map(word).collect(Collectors.joining(", ")))); //$NON-NLS-1$
    }

    private List<String> strings(Node node, String key) throws DashboardFileException {
        List<String> values = new ArrayList<>();
        for (Node item : list(node, key)) {
            values.add(string(item, key));
        }
        return values;
    }

    private List<Node> list(Node node, String key) throws DashboardFileException {
        if (node.value() instanceof List<?> items) {
            return items.stream().map(Node.class::cast).toList();
        }
        throw error(node, NLS.bind(Messages.File_notList, key));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Node> object(Node node, String what) throws DashboardFileException {
        if (node.value() instanceof Map<?, ?> members) {
            return (Map<String, Node>) members;
        }
        throw error(node, NLS.bind(Messages.File_notObject, what));
    }

    private String string(Node node, String key) throws DashboardFileException {
        if (node.value() instanceof String text) {
            return text;
        }
        throw error(node, NLS.bind(Messages.File_notText, key));
    }

    private String nullableString(Node node, String key) throws DashboardFileException {
        return node == null || node.value() == null ? null : string(node, key);
    }

    private long whole(Node node, String key) throws DashboardFileException {
        if (node.value() instanceof Number number && number.doubleValue() == number.longValue()) {
            return number.longValue();
        }
        throw error(node, NLS.bind(Messages.File_notNumber, key));
    }

    private boolean bool(Node node, String key) throws DashboardFileException {
        if (node.value() instanceof Boolean value) {
            return value;
        }
        throw error(node, NLS.bind(Messages.File_notBoolean, key));
    }

    private Node required(Node parent, Map<String, Node> members, String key) throws DashboardFileException {
        Node node = members.get(key);
        if (node == null) {
            throw error(parent, NLS.bind(Messages.File_missing, key));
        }
        return node;
    }

    private void keys(Map<String, Node> members, List<String> known) throws DashboardFileException {
        for (Map.Entry<String, Node> member : members.entrySet()) {
            if (!known.contains(member.getKey())) {
                throw error(member.getValue(), NLS.bind(Messages.File_unknownKey, member.getKey(),
                        String.join(", ", known))); //$NON-NLS-1$
            }
        }
    }

    private DashboardFileException error(Node node, String problem) {
        return new DashboardFileException(file, node.line(), node.column(), problem);
    }
}
