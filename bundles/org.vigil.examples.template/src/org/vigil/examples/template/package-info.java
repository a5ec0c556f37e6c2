/**
 * The plugin template: the smallest complete data source, a Declarative Services component that
 * publishes an {@link org.vigil.events.EventSource} over fifty firewall deny records shipped in
 * the bundle. docs/PLUGINS.md copies this bundle, step by step, into a new plugin; the build
 * compiles it and holds it to the source contract so that the copy never starts from rotten code.
 */
package org.vigil.examples.template;
