/**
 * The plugin manager behind {@code org.vigil.core.plugins.PluginManager}: the plugin store in the
 * workspace, installing and rolling back, resolution problems in words, jar signatures.
 */
package org.vigil.core.plugins.internal;
