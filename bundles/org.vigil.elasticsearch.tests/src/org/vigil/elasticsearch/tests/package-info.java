/**
 * Tests of the Elasticsearch connection, run inside OSGi by tycho-surefire. The ones that need
 * a real node read its address and users from {@code vigil.es.*} system properties and are
 * skipped without them, unless {@code vigil.es.required=true}.
 */
package org.vigil.elasticsearch.tests;
