/**
 * Reports as files, shared by every part of Vigil that writes one (the incident report of a case,
 * the periodic report of a dashboard): a {@link org.vigil.core.report.Document} worded by its maker,
 * written by {@link org.vigil.reports.ReportFormat} as PDF (A4, DejaVu fonts embedded so that
 * Vietnamese prints everywhere, marking and page numbers on every page) or Markdown, whole or not
 * at all; as one self-contained HTML file, or as a PNG of its PDF pages (package version 0.1.1).
 */
package org.vigil.reports;
