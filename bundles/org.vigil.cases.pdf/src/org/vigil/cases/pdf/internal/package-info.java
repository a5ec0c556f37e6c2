/**
 * The PDF layout of the incident report: pages, fonts, tables, the operator's Markdown.
 */
package org.vigil.cases.pdf.internal;
