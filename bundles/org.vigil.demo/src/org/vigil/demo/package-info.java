/**
 * Reproducible demo data for a provincial SOC: the events a fresh install shows, the fixture of
 * the cross-engine tests and the input of the benchmarks. The same seed and settings always give
 * the same events, ids included.
 */
package org.vigil.demo;
