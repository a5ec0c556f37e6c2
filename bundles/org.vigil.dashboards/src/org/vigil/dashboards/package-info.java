/**
 * Dashboards as data: a {@link org.vigil.dashboards.Dashboard} is a grid of
 * {@link org.vigil.dashboards.Panel}s under one time span, filter and set of
 * {@link org.vigil.dashboards.Variables}; {@link org.vigil.dashboards.DashboardFile} reads and
 * writes the documented file format (docs/DASHBOARDS.md), the
 * {@link org.vigil.dashboards.DashboardStore} service keeps them in the workspace next to the
 * shipped ones, and the {@link org.vigil.dashboards.DashboardRunner} service computes each
 * panel's figures headlessly, one panel at a time, for the workbench and the command line.
 * {@link org.vigil.dashboards.DashboardEdits} keeps the edits of edit mode with undo and redo, and
 * {@link org.vigil.dashboards.FigureCsv} writes a panel's figures for a spreadsheet.
 * Package version 0.1.1 adds {@code DashboardEdits}, {@code FigureCsv}, whether figures are
 * approximate, and scheduled period reports ({@link org.vigil.dashboards.ReportSchedules}); 0.1.2
 * the time limit of a run's source calls ({@code RunSettings.sourceTimeout}).
 */
package org.vigil.dashboards;
