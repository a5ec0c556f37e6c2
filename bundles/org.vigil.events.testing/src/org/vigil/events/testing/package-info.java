/**
 * The contract test kit of the source SDK: {@link org.vigil.events.testing.EventSourceContract}
 * runs the whole {@code EventSource} contract against any source loaded with
 * {@link org.vigil.events.testing.ContractEvents}. Test support only, not in the product.
 */
package org.vigil.events.testing;
