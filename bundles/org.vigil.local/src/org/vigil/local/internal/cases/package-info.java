/** The embedded case store: H2 in the workspace, the default when no team cluster is used. Not API. */
package org.vigil.local.internal.cases;
