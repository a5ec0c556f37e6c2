/**
 * Reproducible demo data for a provincial SOC: the events a fresh install shows, the fixture of
 * the cross-engine tests and the input of the benchmarks. The same seed and settings always give
 * the same events, ids included. {@link org.vigil.demo.DemoRegistry} is the registry of
 * information systems those events belong to (package version 0.1.1 adds it), and
 * {@link org.vigil.demo.DemoCases} the incident cases the demo SOC opened on them (0.1.2).
 */
package org.vigil.demo;
