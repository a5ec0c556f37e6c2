package org.vigil.cases;

/**
 * What a case store is, as lists and messages name it.
 *
 * @param id the id the command line and settings use ({@code local}, or an Elasticsearch
 *            source id)
 * @param name the name shown to the operator
 * @param kind the engine: {@code h2} or {@code elasticsearch}
 * @param location where the data is: a file or a cluster address with the index names
 */
public record StoreInfo(String id, String name, String kind, String location) {
}
