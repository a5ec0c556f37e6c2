/**
 * The incident report of a case: {@link org.vigil.cases.report.IncidentReport}, worded in
 * Vietnamese or English, and its renderers.
 */
package org.vigil.cases.report;
