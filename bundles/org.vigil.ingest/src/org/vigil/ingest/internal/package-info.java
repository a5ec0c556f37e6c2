/**
 * The built-in log formats, each a DS component publishing {@link org.vigil.ingest.LogFormat},
 * and the parsing helpers they share; not API.
 */
package org.vigil.ingest.internal;
