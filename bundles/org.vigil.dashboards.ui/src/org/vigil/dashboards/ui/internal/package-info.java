/**
 * The Dashboards perspective: a dashboard's panels computed one job each by the headless
 * {@link org.vigil.dashboards.DashboardRunner}, drawn with the charts of
 * {@code org.vigil.dashboards.charts}, with drill-down into Investigate, the case list and the
 * registry, and edit mode over {@link org.vigil.dashboards.DashboardEdits}.
 */
package org.vigil.dashboards.ui.internal;
