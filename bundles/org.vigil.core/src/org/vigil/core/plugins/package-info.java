/**
 * What is installed, and installing more: the Vigil bundles of the running framework and the
 * services they publish, shared by the CLI's {@code plugins} command and the workbench's About
 * dialog; since 1.1.0 the {@code PluginManager} service that installs, starts, stops and
 * uninstalls plugins while Vigil runs, remembers them across restarts and checks their
 * signatures. Its users import {@code [1.1,2)}.
 */
package org.vigil.core.plugins;
