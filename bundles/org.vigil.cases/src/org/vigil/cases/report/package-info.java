/**
 * The incident report of a case: {@link org.vigil.cases.report.IncidentReport}, worded in
 * Vietnamese or English, laid out by {@code org.vigil.reports}.
 */
package org.vigil.cases.report;
