/**
 * What Vigil's own bundles share below the API: where the workspace is.
 */
package org.vigil.core.internal;
