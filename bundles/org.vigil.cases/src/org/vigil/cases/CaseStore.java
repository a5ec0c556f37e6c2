package org.vigil.cases;

import java.util.List;

/**
 * Where a team's or a workstation's incident cases live, published as an OSGi service; the
 * embedded store (H2 in the workspace) is the default, each configured Elasticsearch source
 * brings one for team mode. Every implementation passes the same contract test suite
 * ({@code org.vigil.cases.testing}); {@link org.vigil.cases.spi.AbstractCaseStore} holds the
 * rules, so a store only reads and writes.
 *
 * <p>Writes are all or nothing: a refused or failed operation leaves the store as it was.
 * Every saved change appends to the audit trail, which nothing here can change or delete.
 * Updates are optimistic: {@link #update(Case)} names the version it started from and fails
 * with a {@link CaseConflictException} if someone saved after it. All methods may do disk or
 * network I/O: never call them on the UI thread. Thread-safe.
 */
public interface CaseStore {

    /** @return what the store is, for lists and messages */
    StoreInfo info();

    /** @return who this store writes as in the audit trail (the OS user, or the cluster user) */
    String user();

    /**
     * Opens a case: hands out the next number of the year (never one handed out before),
     * status {@link Status#NEW}, detected now unless the draft says when.
     *
     * @param draft the new case's values
     * @return the case as saved, version 1
     * @throws InvalidCaseException if a value breaks a rule
     * @throws CaseStoreException if the store fails
     */
    Case create(CaseDraft draft) throws CaseException;

    /**
     * @param number a case number; a case merged into another is found as the other
     * @return the case
     * @throws CaseNotFoundException if the store has no such case
     * @throws InvalidCaseException if the text is not a case number
     * @throws CaseStoreException if the store fails
     */
    Case get(String number) throws CaseException;

    /**
     * @param query which cases and in which order
     * @return the matching cases, merged ones never
     * @throws CaseStoreException if the store fails
     */
    List<Case> list(CaseQuery query) throws CaseException;

    /**
     * Saves an edit made from {@link Case#edit()}: checks the workflow ({@link Workflow}) and
     * the other rules, sets the key times the status move marks, and appends one audit entry
     * per changed value. An edit that changes nothing writes nothing.
     *
     * @param edited the edited case, carrying the version it was read at
     * @return the case as saved
     * @throws CaseConflictException if someone saved the case after that version
     * @throws InvalidCaseException if the edit breaks a rule
     * @throws CaseNotFoundException if the case does not exist
     * @throws CaseStoreException if the store fails
     */
    Case update(Case edited) throws CaseException;

    /**
     * @param number the case
     * @param text the comment, Markdown
     * @return the comment as saved
     * @throws CaseException if the case is missing, the text blank or the store fails
     */
    Comment comment(String number, String text) throws CaseException;

    /**
     * @param number the case
     * @return its comments and those of the cases merged into it, oldest first
     * @throws CaseException if the case is missing or the store fails
     */
    List<Comment> comments(String number) throws CaseException;

    /**
     * @param number the case
     * @return its audit trail and those of the cases merged into it, oldest first
     * @throws CaseException if the case is missing or the store fails
     */
    List<AuditEntry> audit(String number) throws CaseException;

    /**
     * Merges one case into another: the target gains the source's observables, tasks,
     * evidence, systems, tags and watchers, and shows its comments and audit trail; the source
     * then only forwards, so both numbers find the target.
     *
     * @param from the case merged away
     * @param into the case that remains
     * @return the remaining case as saved
     * @throws CaseException if either case is missing, already merged or closed, or the store fails
     */
    Case merge(String from, String into) throws CaseException;

    /**
     * Applies one change to several cases, each saved on its own with the usual rules.
     *
     * @param numbers the cases
     * @param change the change
     * @return which were changed and why the others were not
     */
    BulkResult bulk(List<String> numbers, BulkChange change);

    /**
     * @return the shipped templates, replaced by the store's version where operators changed
     *         one, and the operators' own templates
     * @throws CaseStoreException if the store fails
     */
    List<CaseTemplate> templates() throws CaseException;

    /**
     * @param template a new template, or a changed one (shipped or not) under the same id
     * @throws CaseException if it has no name or the store fails
     */
    void saveTemplate(CaseTemplate template) throws CaseException;

    /**
     * @return the store's settings; the shipped defaults until saved
     * @throws CaseStoreException if the store fails
     */
    CaseSettings settings() throws CaseException;

    /**
     * @param settings the new settings
     * @throws CaseStoreException if the store fails
     */
    void saveSettings(CaseSettings settings) throws CaseException;
}
