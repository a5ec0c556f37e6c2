/** The {@code vigil-cli} Equinox application and its sub-commands. Not API. */
package org.vigil.cli.internal;
