/** The status line. Not API. */
package org.vigil.ui.internal.status;
