/** The scenario generators behind {@link org.vigil.demo.DemoData}. Not API. */
package org.vigil.demo.internal;
