/** Implementation of the source registry; not API. */
package org.vigil.events.internal;
