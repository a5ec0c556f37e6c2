/** The registry's inner workings: lookup structures, the CSV reader, labels and messages. Not API. */
package org.vigil.registry.internal;
