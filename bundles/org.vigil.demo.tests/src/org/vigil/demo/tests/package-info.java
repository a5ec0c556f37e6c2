/** Tests of the demo data generator: reproducible, realistic in the figures a report quotes. */
package org.vigil.demo.tests;
