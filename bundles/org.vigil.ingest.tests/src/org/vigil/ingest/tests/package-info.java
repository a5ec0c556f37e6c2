/**
 * Tests of the log parsers: each format on realistic lines, including the broken ones real
 * files hold; reading plain and gzip files; deterministic ids; format detection; field types;
 * and the formats as the OSGi services importers get.
 */
package org.vigil.ingest.tests;
