/**
 * The PDF layout of a report: pages, fonts, tables, figures, the operator's Markdown.
 */
package org.vigil.reports.internal;
