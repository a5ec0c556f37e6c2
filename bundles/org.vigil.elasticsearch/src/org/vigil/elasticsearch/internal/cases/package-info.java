/** The team's case store on Elasticsearch indices, published for every configured source. Not API. */
package org.vigil.elasticsearch.internal.cases;
