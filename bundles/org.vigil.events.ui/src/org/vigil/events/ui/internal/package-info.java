/** The Investigate perspective: the search part and its controls. Not API. */
package org.vigil.events.ui.internal;
