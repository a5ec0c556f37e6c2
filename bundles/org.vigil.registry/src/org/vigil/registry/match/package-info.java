/**
 * Links events to registered systems: the {@link org.vigil.registry.match.AssetMatcher} maps
 * addresses (longest prefix), names (exact, then wildcard domains) and URLs (longest prefix) to
 * systems, and the {@link org.vigil.registry.match.EventTagger} writes them into events
 * (package version 0.1.0).
 */
package org.vigil.registry.match;
