/** Implementation of the case API: messages, shipped data, the store registry. Not API. */
package org.vigil.cases.internal;
