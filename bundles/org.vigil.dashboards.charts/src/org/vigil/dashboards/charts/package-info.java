/**
 * A dashboard panel's figures drawn as a JFreeChart, headless: in a light or dark theme, in the
 * run's language and zone, with what a click on an item means ({@link org.vigil.dashboards.charts.Drill}),
 * and written as PNG or SVG. The workbench shows these charts; the period reports print them.
 * Package version 0.1.0; 0.1.1 makes {@code ChartTheme.apply} public, for the workbench's other charts.
 */
package org.vigil.dashboards.charts;
