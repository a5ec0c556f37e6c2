/**
 * Importing events into an Elasticsearch source: one index per dataset, created with Vigil's
 * mapping, written with {@code _bulk} requests whose every item is checked, and counted at the end.
 */
package org.vigil.elasticsearch.internal.imports;
