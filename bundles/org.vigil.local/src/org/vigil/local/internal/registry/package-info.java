/**
 * The embedded registry of information systems: an H2 database in the workspace behind the
 * {@link org.vigil.registry.SystemRegistry} SPI. Not API.
 */
package org.vigil.local.internal.registry;
