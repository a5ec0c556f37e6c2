/**
 * Per-source settings, declared by the source and kept by Vigil (docs/PLUGINS.md, docs/SOURCES.md).
 * A source kind declares its settings as an OSGi Metatype object class whose Designate has the
 * factory PID {@code org.vigil.source.<kind>}; the {@link org.vigil.events.settings.SourceSettingsStore}
 * service lists the kinds with their localised {@link org.vigil.events.settings.Setting}s, reads
 * and writes the entries of the workspace's {@code sources.properties} after checking every value
 * against its declaration, and keeps secrets in Equinox secure storage, never in the file. A kind
 * may add its own checks, a connection test and live re-publishing by registering a
 * {@link org.vigil.events.settings.SourceKindSupport} service.
 * <p>
 * Package version 1.0.0. Users import {@code [1.0,2)}.
 */
package org.vigil.events.settings;
