/**
 * Links events to registered systems: the {@link org.vigil.registry.match.AssetMatcher} maps
 * addresses (longest prefix), names (exact, then wildcard domains) and URLs (longest prefix) to
 * systems, and the {@link org.vigil.registry.match.EventTagger} writes them into events; imports
 * tag through the {@code org.vigil.events.EventEnricher} service the registry bundle publishes.
 * Package version 0.2.0 removes {@code TaggingImportTarget}, which that service replaced.
 */
package org.vigil.registry.match;
