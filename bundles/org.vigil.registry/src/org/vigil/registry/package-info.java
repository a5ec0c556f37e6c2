/**
 * The registry of information systems by security level (Decree 85/2016): the model (agencies,
 * systems, their dossier, plan, 4-layer coverage and assets), the rules data must follow, and
 * the {@link org.vigil.registry.SystemRegistry} SPI that the embedded store and the team store
 * implement (package version 0.1.1).
 */
package org.vigil.registry;
