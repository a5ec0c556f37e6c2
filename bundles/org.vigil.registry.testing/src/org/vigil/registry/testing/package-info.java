/**
 * What every {@link org.vigil.registry.SystemRegistry} implementation is tested with: the
 * contract suite {@link org.vigil.registry.testing.SystemRegistryContract}, to extend once per
 * store, sample data, and a store in memory for tests of code that uses a registry (package
 * version 0.1.0). Not part of the product.
 */
package org.vigil.registry.testing;
