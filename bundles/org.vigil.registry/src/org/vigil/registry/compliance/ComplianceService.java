package org.vigil.registry.compliance;

import java.time.LocalDate;
import java.util.List;

import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.RegistryException;

/**
 * Compliance of the active registry against its rules, and the history of the figures. The
 * service records the day's figures after every change to the registry, so that the history
 * follows the data without anyone remembering to; {@link #record(LocalDate)} records on demand.
 * Calls read the registry: never call them on the UI thread.
 */
public interface ComplianceService {

    /**
     * @return the registry's own rules, or the defaults when it has none
     * @throws RegistryException if the registry cannot be read
     * @throws RulesException if its rules are not valid
     */
    ComplianceRules rules() throws RegistryException, RulesException;

    /**
     * @param day the day to evaluate on
     * @return the report
     * @throws RegistryException if the registry cannot be read
     * @throws RulesException if its rules are not valid
     */
    ComplianceReport evaluate(LocalDate day) throws RegistryException, RulesException;

    /**
     * Evaluates and keeps the figures of the day, replacing those kept for it before.
     *
     * @param day the day
     * @return the report
     * @throws RegistryException if the registry cannot be read or written
     * @throws RulesException if its rules are not valid
     */
    ComplianceReport record(LocalDate day) throws RegistryException, RulesException;

    /**
     * @return the figures kept, oldest first
     * @throws RegistryException if the registry cannot be read
     */
    List<ComplianceSnapshot> history() throws RegistryException;
}
