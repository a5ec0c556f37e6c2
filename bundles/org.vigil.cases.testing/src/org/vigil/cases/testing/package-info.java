/**
 * The contract every {@link org.vigil.cases.CaseStore} passes: extend
 * {@link org.vigil.cases.testing.CaseStoreContract} in the store's test bundle and say how to
 * open an empty store and a second client on it. Not part of the product.
 */
package org.vigil.cases.testing;
