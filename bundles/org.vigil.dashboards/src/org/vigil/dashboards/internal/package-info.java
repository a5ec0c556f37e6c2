/** Dashboards' inner workings: the file reader, the workspace store, the panel evaluators. Not API. */
package org.vigil.dashboards.internal;
