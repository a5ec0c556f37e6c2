/**
 * Incident cases: the model (numbers, severity, TLP/PAP, observables, tasks, evidence, key
 * times, SLA), the status {@link org.vigil.cases.Workflow}, templates, and the
 * {@link org.vigil.cases.CaseStore} service with its registry {@link org.vigil.cases.CaseStores}.
 * Everything here is immutable except {@link org.vigil.cases.CaseDraft}.
 */
package org.vigil.cases;
