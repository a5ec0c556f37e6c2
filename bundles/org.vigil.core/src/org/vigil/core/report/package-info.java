/**
 * A report as its maker words it, before any layout: the incident report of a case, the period
 * report of a dashboard. It carries no dependency, so that the bundles that word reports (cases,
 * dashboards) and their stores stay free of the PDF library; {@code org.vigil.reports} writes it
 * as PDF or Markdown.
 * <p>Package version 1.1.0 adds a document's cover (its title page).
 */
package org.vigil.core.report;
