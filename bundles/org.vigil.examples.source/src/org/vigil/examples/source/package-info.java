/**
 * The smallest data-source plugin: a bundle that publishes an {@link org.vigil.events.EventSource}
 * with Declarative Services and nothing else. Plugin developers start from here; the registry
 * test installs it to prove that sources come and go with their bundles.
 */
package org.vigil.examples.source;
