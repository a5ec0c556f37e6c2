package org.vigil.dashboards.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.Variables;
import org.vigil.events.EventSource;
import org.vigil.events.GuardedSource;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceRegistry;
import org.vigil.query.And;
import org.vigil.query.FieldRef;
import org.vigil.query.KqlParser;
import org.vigil.query.KqlText;
import org.vigil.query.Match;
import org.vigil.query.MatchAll;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;
import org.vigil.query.Span;
import org.vigil.query.Term;
import org.vigil.registry.AgencyTree;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.compliance.ComplianceService;
import org.vigil.registry.match.EventTagger;

/**
 * One panel's run: the dashboard, the settings with the variables merged, and the services the
 * panel reads. The agency and level variables become the set of systems they select, which
 * narrows events (by the systems they are tagged with), cases (by their affected systems) and
 * the registry alike.
 */
final class Scope {

    private static final Span NOWHERE = new Span(0, 0);

    private final Dashboard dashboard;
    private final RunSettings settings;
    private final Variables variables;
    private final Services services;
    private Map<String, InformationSystem> systems;

    /**
     * The services a run may read; any but the sources may be missing, which fails only the
     * panels that need it.
     *
     * @param sources the event sources
     * @param cases the case stores, or null
     * @param registry the registry of systems, or null
     * @param compliance compliance of that registry, or null
     */
    record Services(SourceRegistry sources, CaseStores cases, SystemRegistry registry,
            ComplianceService compliance) {
    }

    Scope(Dashboard dashboard, RunSettings settings, Services services) {
        this.dashboard = dashboard;
        this.settings = settings;
        this.variables = dashboard.variables().with(settings.variables());
        this.services = services;
    }

    RunSettings settings() {
        return settings;
    }

    Variables variables() {
        return variables;
    }

    EventSource source() throws PanelException {
        SourceRegistry sources = services.sources();
        return (variables.source() == null ? sources.defaultSource() : sources.find(variables.source()))
                .map(registered -> (EventSource) GuardedSource.of(registered.source(), settings.sourceTimeout()))
                .orElseThrow(() -> PanelException.error(NLS.bind(Messages.Run_noSource,
                        variables.source() == null ? "" : variables.source(), //$NON-NLS-1$
                        sources.sources().stream().map(s -> s.source().descriptor().id()).toList())));
    }

    /**
     * @param panel an event panel
     * @return its query, with the dashboard's filter and the systems of the variables
     * @throws PanelException if a query is not valid or the registry cannot be read
     */
    QueryNode events(Panel panel) throws PanelException {
        List<QueryNode> all = new ArrayList<>();
        all.add(parse(panel.query()));
        all.add(parse(dashboard.filter()));
        // The same clause a drill-down adds in Investigate, so that it finds what the panel counted.
        all.add(parse(variablesKql()));
        List<QueryNode> wanted = all.stream().filter(q -> !(q instanceof MatchAll)).toList();
        return wanted.isEmpty() ? new MatchAll(NOWHERE) : wanted.size() == 1 ? wanted.get(0) : new And(wanted, NOWHERE);
    }

    /**
     * @param field a field
     * @param value one of its values
     * @return the query for that value
     */
    static QueryNode match(String field, String value) {
        return new Match(FieldRef.of(field), Term.phrase('"' + value + '"', value), NOWHERE);
    }

    /**
     * @param systemId a system's id
     * @return whether the variables let it in
     * @throws PanelException if the registry cannot be read
     */
    boolean admits(String systemId) throws PanelException {
        return !variables.narrowsSystems() || systems().containsKey(systemId);
    }

    /**
     * @return the systems the variables select, by id, in the registry's order; every system when
     *         no variable narrows them
     * @throws PanelException if there is no registry or it cannot be read
     */
    Map<String, InformationSystem> systems() throws PanelException {
        if (systems == null) {
            SystemRegistry registry = registry();
            try {
                SystemFilter filter = SystemFilter.ALL.withAgency(variables.agency())
                        .withLevels(variables.level() == null ? Set.of() : Set.of(variables.level()));
                AgencyTree agencies = AgencyTree.of(registry.agencies());
                if (variables.agency() != null && agencies.find(variables.agency()).isEmpty()) {
                    throw PanelException.error(NLS.bind(Messages.Run_unknownAgency, variables.agency()));
                }
                Map<String, InformationSystem> byId = new LinkedHashMap<>();
                filter.apply(registry.systems(SystemFilter.ALL), agencies)
                        .forEach(system -> byId.put(system.id(), system));
                systems = byId;
            } catch (RegistryException e) {
                throw PanelException.error(e.getMessage());
            }
        }
        return systems;
    }

    /**
     * @return the registry's agency names by id
     * @throws PanelException if there is no registry or it cannot be read
     */
    Map<String, String> agencyNames() throws PanelException {
        try {
            Map<String, String> names = new LinkedHashMap<>();
            registry().agencies().forEach(agency -> names.put(agency.id(), agency.name()));
            return names;
        } catch (RegistryException e) {
            throw PanelException.error(e.getMessage());
        }
    }

    SystemRegistry registry() throws PanelException {
        if (services.registry() == null) {
            throw PanelException.error(Messages.Run_noRegistry);
        }
        return services.registry();
    }

    ComplianceService compliance() throws PanelException {
        if (services.compliance() == null) {
            throw PanelException.error(Messages.Run_noRegistry);
        }
        return services.compliance();
    }

    CaseStore caseStore() throws PanelException {
        if (services.cases() == null || services.cases().stores().isEmpty()) {
            throw PanelException.error(Messages.Run_noCaseStore);
        }
        return services.cases().stores().get(0);
    }

    /**
     * @return what {@link #events} adds for the variables, as KQL: the systems they select;
     *         empty when they select every system
     * @throws PanelException if the registry cannot be read or does not know the agency
     */
    String variablesKql() throws PanelException {
        if (!variables.narrowsSystems()) {
            return ""; //$NON-NLS-1$
        }
        Set<String> ids = systems().keySet();
        // No system: a value no event is tagged with, so that the search finds nothing, as the panel counted.
        return KqlText.field(EventTagger.ID) + ":(" //$NON-NLS-1$
                + (ids.isEmpty() ? KqlText.phrase("") : ids.stream().map(KqlText::phrase) //$NON-NLS-1$
                        .collect(java.util.stream.Collectors.joining(" or "))) //$NON-NLS-1$
                + ")"; //$NON-NLS-1$
    }

    private static QueryNode parse(String query) throws PanelException {
        try {
            return KqlParser.parse(query);
        } catch (QuerySyntaxException e) {
            throw PanelException.error(NLS.bind(Messages.Run_badQuery, query, e.getMessage()));
        }
    }
}
