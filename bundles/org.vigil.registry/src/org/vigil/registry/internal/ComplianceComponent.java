package org.vigil.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.RegistryChange;
import org.vigil.registry.RegistryException;
import org.vigil.registry.RegistryListener;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.compliance.ComplianceCalculator;
import org.vigil.registry.compliance.ComplianceReport;
import org.vigil.registry.compliance.ComplianceRules;
import org.vigil.registry.compliance.ComplianceService;
import org.vigil.registry.compliance.RulesException;

/**
 * Compliance of the highest-ranked registry (the embedded store, or the team store once it ranks
 * higher). Records the day's figures after every change, so that the history follows the data.
 */
@Component(service = ComplianceService.class)
public final class ComplianceComponent implements ComplianceService, RegistryListener {

    private static final Logger LOG = Logger.getLogger(ComplianceComponent.class.getName());

    private final SystemRegistry registry;
    private final Clock clock;

    /** @param registry the registry to evaluate, the highest-ranked one */
    @Activate
    public ComplianceComponent(@Reference(policyOption = ReferencePolicyOption.GREEDY) SystemRegistry registry) {
        this(registry, Clock.systemDefaultZone());
    }

    /**
     * @param registry the registry to evaluate
     * @param clock what "today" is when the registry changes
     */
    public ComplianceComponent(SystemRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        registry.addListener(this);
    }

    @Deactivate
    void deactivate() {
        registry.removeListener(this);
    }

    @Override
    public ComplianceRules rules() throws RegistryException, RulesException {
        var document = registry.rulesDocument();
        return document.isPresent() ? ComplianceRules.parse(document.get(), registry.location())
                : ComplianceRules.defaults();
    }

    @Override
    public ComplianceReport evaluate(LocalDate day) throws RegistryException, RulesException {
        return new ComplianceCalculator(rules()).evaluate(registry.agencies(),
                registry.systems(org.vigil.registry.SystemFilter.ALL), day);
    }

    @Override
    public ComplianceReport record(LocalDate day) throws RegistryException, RulesException {
        ComplianceReport report = evaluate(day);
        registry.saveSnapshot(report.snapshot());
        return report;
    }

    @Override
    public List<ComplianceSnapshot> history() throws RegistryException {
        return registry.snapshots();
    }

    @Override
    public void registryChanged(RegistryChange change) {
        try {
            record(LocalDate.now(clock));
        } catch (RegistryException | RulesException e) {
            // The change itself is committed; a missing history point is not worth failing it for.
            LOG.log(Level.WARNING, "compliance figures not recorded: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }
}
