package org.vigil.registry;

import java.util.List;
import java.util.Optional;

/**
 * The registry of a province's information systems and their agencies: the embedded store of a
 * workstation, or shared indices in team mode. Every implementation passes the same contract
 * suite ({@code org.vigil.registry.testing.SystemRegistryContract}).
 *
 * <p>Writes are all or nothing: a call that throws has written nothing. Every write checks the
 * data with {@link RegistryValidator} first and refuses errors with
 * {@link RegistryException.Kind#INVALID}. Systems carry a version: saving a system whose version
 * is not the stored one (someone saved it meanwhile) fails with
 * {@link RegistryException.Kind#CONFLICT}; a new system has version 0. Calls may block on I/O:
 * never call them on the UI thread.
 */
public interface SystemRegistry {

    /**
     * The service property a team registry is published with: the id of the configured source
     * whose cluster holds it. The embedded registry has none.
     */
    String STORE_PROPERTY = "vigil.registry.store"; //$NON-NLS-1$

    /** The store id that names the embedded registry of the workstation, as {@code --store local}. */
    String LOCAL = "local"; //$NON-NLS-1$

    /** @return a short name of the store for people, e.g. the embedded store's file or a cluster */
    String location();

    /**
     * @return every agency, in {@link AgencyTree#depthFirst()} order
     * @throws RegistryException if the store cannot be read
     */
    List<Agency> agencies() throws RegistryException;

    /**
     * Adds an agency or replaces the one with its id.
     *
     * @param agency the agency
     * @throws RegistryException {@code INVALID} for a bad id, an unknown parent or a cycle
     */
    default void saveAgency(Agency agency) throws RegistryException {
        saveAll(List.of(agency), List.of());
    }

    /**
     * @param id an agency id
     * @throws RegistryException {@code NOT_FOUND}, or {@code IN_USE} while it owns systems or has agencies below it
     */
    void deleteAgency(String id) throws RegistryException;

    /**
     * @param filter which systems
     * @return the systems that pass, in {@link SystemFilter#ORDER}
     * @throws RegistryException if the store cannot be read
     */
    List<InformationSystem> systems(SystemFilter filter) throws RegistryException;

    /**
     * @param id a system id
     * @return the system, if there is one with that id
     * @throws RegistryException if the store cannot be read
     */
    Optional<InformationSystem> system(String id) throws RegistryException;

    /**
     * Adds a system (version 0) or updates one (its stored version).
     *
     * @param system the system
     * @return the stored system, version increased, and the warnings
     * @throws RegistryException {@code INVALID}, {@code CONFLICT}, {@code NOT_FOUND} (a version
     *             given for a system not stored), or {@code STORAGE}
     */
    default SavedSystem save(InformationSystem system) throws RegistryException {
        return saveAll(List.of(), List.of(system)).get(0);
    }

    /**
     * Saves agencies, then systems, in one transaction: all of them or none.
     *
     * @param agencies agencies to add or replace, parents before children
     * @param systems systems to add or update, each with version 0 or its stored version
     * @return the stored systems with their warnings, in the order given
     * @throws RegistryException as {@link #saveAgency(Agency)} and {@link #save(InformationSystem)}
     */
    List<SavedSystem> saveAll(List<Agency> agencies, List<InformationSystem> systems) throws RegistryException;

    /**
     * @param id a system id
     * @param version its stored version
     * @throws RegistryException {@code NOT_FOUND}, or {@code CONFLICT} if it changed since
     */
    void delete(String id, long version) throws RegistryException;

    /**
     * @return the text of this registry's compliance rules (targets, deadlines, checklists) when
     *         it has its own, or empty for the defaults Vigil ships
     * @throws RegistryException if it cannot be read
     */
    Optional<String> rulesDocument() throws RegistryException;

    /**
     * Keeps the figures of a day, replacing any kept for the same day.
     *
     * @param snapshot the figures
     * @throws RegistryException if the store cannot be written
     */
    void saveSnapshot(ComplianceSnapshot snapshot) throws RegistryException;

    /**
     * @return every day's figures, oldest first
     * @throws RegistryException if the store cannot be read
     */
    List<ComplianceSnapshot> snapshots() throws RegistryException;

    /** @param listener told after every committed write of agencies or systems (not of snapshots) */
    void addListener(RegistryListener listener);

    /** @param listener no longer told */
    void removeListener(RegistryListener listener);
}
