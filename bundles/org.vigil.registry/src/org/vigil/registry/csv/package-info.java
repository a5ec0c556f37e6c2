/**
 * The registry's CSV template: reading and writing systems and agencies with English or
 * Vietnamese headers ({@link org.vigil.registry.csv.RegistryCsv}), and importing them into a
 * registry with every bad row reported and nothing half-written
 * ({@link org.vigil.registry.csv.CsvImport}) (package version 0.1.0).
 */
package org.vigil.registry.csv;
