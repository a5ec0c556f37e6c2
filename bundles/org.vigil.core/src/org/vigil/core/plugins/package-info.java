/**
 * What is installed: the Vigil bundles of the running framework and the services they publish,
 * shared by the CLI's {@code plugins} command and the workbench's About dialog.
 */
package org.vigil.core.plugins;
