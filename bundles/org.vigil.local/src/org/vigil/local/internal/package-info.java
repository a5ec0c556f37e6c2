/** The embedded default: events in a Lucene index inside the user's workspace. Not API. */
package org.vigil.local.internal;
