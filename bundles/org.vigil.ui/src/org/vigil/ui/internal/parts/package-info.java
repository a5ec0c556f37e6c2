/** Parts of the workbench shell. Not API. */
package org.vigil.ui.internal.parts;
