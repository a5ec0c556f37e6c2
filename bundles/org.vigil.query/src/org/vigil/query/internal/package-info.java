/** The parsers behind {@link org.vigil.query.KqlParser} and {@link org.vigil.query.LuceneSyntaxParser}; not API. */
package org.vigil.query.internal;
