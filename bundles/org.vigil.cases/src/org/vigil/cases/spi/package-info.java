/**
 * For implementers of {@link org.vigil.cases.CaseStore}: {@link org.vigil.cases.spi.AbstractCaseStore}
 * holds every rule (numbers, workflow, audit, conflicts, merge), so a store only reads and writes
 * documents ({@link org.vigil.cases.spi.CaseDocuments}) atomically.
 */
package org.vigil.cases.spi;
