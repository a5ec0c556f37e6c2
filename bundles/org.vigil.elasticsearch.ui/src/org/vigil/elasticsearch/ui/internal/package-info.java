/**
 * The settings form of the Elasticsearch sources: a list of the workspace's sources and an
 * editor that checks a connection before saving it. All file and network work runs in jobs.
 */
package org.vigil.elasticsearch.ui.internal;
