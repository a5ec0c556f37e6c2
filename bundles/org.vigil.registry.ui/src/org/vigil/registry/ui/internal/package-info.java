/**
 * The Registry perspective: agencies and their information systems, filters, the system editor
 * and the compliance view. Every registry call runs in a background job.
 */
package org.vigil.registry.ui.internal;
