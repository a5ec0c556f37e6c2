/**
 * The connector behind the API: the rest5 client of elasticsearch-java, TLS trust built from
 * a PEM file, and the translation of client failures into operator messages. Not API.
 */
package org.vigil.elasticsearch.internal;
