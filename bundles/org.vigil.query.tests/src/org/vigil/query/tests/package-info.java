/** Tests of the KQL and Lucene parsers, of their errors and of date math. */
package org.vigil.query.tests;
