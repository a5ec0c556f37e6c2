/** OSGi tests of the source registry and of the rules every Vigil bundle follows. */
package org.vigil.events.tests;
