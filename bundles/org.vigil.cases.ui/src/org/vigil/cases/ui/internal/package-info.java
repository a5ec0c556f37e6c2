/**
 * The Cases perspective: the case list with its filters, the case editor and the actions that
 * make cases from search results. Every store call runs in a background job.
 */
package org.vigil.cases.ui.internal;
