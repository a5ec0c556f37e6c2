/**
 * The embedded engine as a public building block: an {@link org.vigil.events.EventSource} over a
 * Lucene index in a directory or in memory. The workstation's default source is one; a plugin
 * that brings its own data (a vendor export, a sample set) can be another. Both are
 * {@link org.vigil.events.ImportTarget}s, which the file importer fills (package version 0.1.1).
 */
package org.vigil.local;
