/**
 * The incident report of a case as a file: {@link org.vigil.cases.pdf.ReportFormat} writes an
 * {@link org.vigil.cases.report.IncidentReport} as PDF (A4, fonts embedded, TLP marking on every
 * page) or Markdown, whole or not at all.
 */
package org.vigil.cases.pdf;
