/**
 * The Elasticsearch sources an operator configures in the workspace: their settings and the
 * {@link org.vigil.elasticsearch.sources.ConfiguredSources} service that lists, checks, saves and
 * removes them while the workbench runs.
 */
package org.vigil.elasticsearch.sources;
