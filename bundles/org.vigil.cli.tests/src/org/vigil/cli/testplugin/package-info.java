/** Code copied into the plugin jars the tests build at run time. */
package org.vigil.cli.testplugin;
