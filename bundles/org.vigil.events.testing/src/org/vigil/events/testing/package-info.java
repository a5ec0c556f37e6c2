/**
 * The contract test kit of the source SDK: {@link org.vigil.events.testing.EventSourceContract}
 * runs the whole {@code EventSource} contract against any source loaded with
 * {@link org.vigil.events.testing.ContractEvents}. Test support only, not in the product. Version
 * 1.2.0 adds {@link org.vigil.events.testing.MisbehavingSource}, a source that throws, hangs or
 * answers garbage on purpose.
 */
package org.vigil.events.testing;
