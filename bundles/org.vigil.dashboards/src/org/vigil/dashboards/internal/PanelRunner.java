package org.vigil.dashboards.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vigil.cases.CaseStores;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.PanelFigures.Outcome;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.VariableChoices;
import org.vigil.events.Cancellation;
import org.vigil.events.EventSource;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceListener;
import org.vigil.events.SourceRegistry;
import org.vigil.registry.AgencyTree;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.compliance.ComplianceService;

/**
 * Runs panels with the evaluator of their data. The case store and the registry are optional:
 * without them, only the panels that read them fail, each with a message saying what is missing.
 */
@Component(service = DashboardRunner.class)
public final class PanelRunner implements DashboardRunner {

    private static final Logger LOG = Logger.getLogger(PanelRunner.class.getName());

    private final SourceRegistry sources;
    private final Map<PanelKind.Data, PanelEvaluator> evaluators = new EnumMap<>(Map.of(PanelKind.Data.EVENTS,
            new EventPanels(), PanelKind.Data.CASES, new CasePanels(), PanelKind.Data.REGISTRY, new RegistryPanels()));

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CaseStores cases;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SystemRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComplianceService compliance;

    /** @param sources the event sources */
    @Activate
    public PanelRunner(@Reference SourceRegistry sources) {
        this.sources = sources;
    }

    /**
     * A runner over the given services, for tests and for callers outside the framework.
     *
     * @param sources the event sources
     * @param cases the case stores, or null
     * @param registry the registry, or null
     * @param compliance its compliance, or null
     */
    public PanelRunner(SourceRegistry sources, CaseStores cases, SystemRegistry registry,
            ComplianceService compliance) {
        this(sources);
        this.cases = cases;
        this.registry = registry;
        this.compliance = compliance;
    }

    /**
     * A runner over one source, outside the framework: the benchmark's store, a test's.
     *
     * @param source the only event source, the default one
     * @param cases the case stores, or null
     * @param registry the registry, or null
     * @param compliance its compliance, or null
     * @return the runner
     */
    public static PanelRunner over(EventSource source, CaseStores cases, SystemRegistry registry,
            ComplianceService compliance) {
        return new PanelRunner(new OneSource(source), cases, registry, compliance);
    }

    /** One source as the registry a runner reads. */
    private record OneSource(EventSource source) implements SourceRegistry {

        @Override
        public List<RegisteredSource> sources() {
            return List.of(new RegisteredSource(source, "org.vigil.dashboards", 0)); //$NON-NLS-1$
        }

        @Override
        public Optional<RegisteredSource> find(String id) {
            return sources().stream().filter(s -> s.descriptor().id().equals(id)).findFirst();
        }

        @Override
        public void addListener(SourceListener listener) {
            // one fixed source: nothing ever changes
        }

        @Override
        public void removeListener(SourceListener listener) {
            // one fixed source: nothing ever changes
        }
    }

    @Override
    public VariableChoices choices() throws DashboardException {
        Map<String, String> agencies = new LinkedHashMap<>();
        SystemRegistry active = registry;
        if (active != null) {
            try {
                AgencyTree.of(active.agencies()).depthFirst().forEach(agency -> agencies.put(agency.id(), agency.name()));
            } catch (RegistryException e) {
                throw new DashboardException(e.getMessage(), e);
            }
        }
        return new VariableChoices(agencies, VariableChoices.LEVELS,
                sources.sources().stream().map(source -> source.descriptor().id()).toList());
    }

    @Override
    public String variablesKql(Dashboard dashboard, RunSettings settings) throws DashboardException {
        try {
            return new Scope(dashboard, settings, new Scope.Services(sources, cases, registry, compliance))
                    .variablesKql();
        } catch (PanelException e) {
            throw new DashboardException(e.getMessage(), e);
        }
    }

    @Override
    public PanelFigures evaluate(Dashboard dashboard, Panel panel, RunSettings settings, Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            return PanelFigures.none(panel, Outcome.CANCELLED, Messages.Run_cancelled);
        }
        Scope scope = new Scope(dashboard, settings, new Scope.Services(sources, cases, registry, compliance));
        PanelEvaluator evaluator = evaluators.get(panel.kind().data());
        try {
            FigureTable current = evaluator.evaluate(panel, scope, settings.range(), cancellation);
            FigureTable previous = panel.compare() ? evaluator.evaluate(panel, scope, settings.previous(), cancellation)
                    : null;
            return cancellation.isCancelled() ? PanelFigures.none(panel, Outcome.CANCELLED, Messages.Run_cancelled)
                    : PanelFigures.of(panel, current, previous);
        } catch (PanelException e) {
            return PanelFigures.none(panel, e.outcome(), e.getMessage());
        } catch (RuntimeException e) {
            // A bug in one panel must not take the dashboard down: the panel says so, the log has the trace.
            LOG.log(Level.WARNING, "panel " + panel.id() + " of " + dashboard.id(), e); //$NON-NLS-1$ //$NON-NLS-2$
            return PanelFigures.none(panel, Outcome.ERROR, NLS.bind(Messages.Run_failed, e.getClass().getSimpleName(),
                    e.getMessage()));
        }
    }
}
