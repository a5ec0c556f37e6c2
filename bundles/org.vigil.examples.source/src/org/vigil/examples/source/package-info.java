/**
 * The example data-source plugin: a bundle that publishes an {@link org.vigil.events.EventSource}
 * with Declarative Services, here one that searches a folder of log files in place and follows
 * them as they grow (see docs/PLUGINS.md). Plugin developers start from here; the registry test
 * installs it to prove that sources come and go with their bundles.
 */
package org.vigil.examples.source;
