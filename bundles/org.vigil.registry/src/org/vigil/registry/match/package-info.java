/**
 * Links events to registered systems: the {@link org.vigil.registry.match.AssetMatcher} maps
 * addresses (longest prefix), names (exact, then wildcard domains) and URLs (longest prefix) to
 * systems, the {@link org.vigil.registry.match.EventTagger} writes them into events, and the
 * {@link org.vigil.registry.match.TaggingImportTarget} does so on import (package version 0.1.0).
 */
package org.vigil.registry.match;
