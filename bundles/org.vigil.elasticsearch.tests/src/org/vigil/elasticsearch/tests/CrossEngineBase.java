package org.vigil.elasticsearch.tests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.events.EventQuery;
import org.vigil.events.testing.CrossEngineCorpus;

/**
 * The shared fixture loaded into both engines once per test class, and the queries over its
 * range: what every cross-engine test starts from.
 */
abstract class CrossEngineBase {

    static ElasticsearchConnection connection;
    static CrossEngineFixture fixture;

    @BeforeAll
    static void loadBothEngines() throws Exception {
        connection = EsNodes.connector().open(EsNodes.plain());
        fixture = CrossEngineFixture.create(connection);
    }

    @AfterAll
    static void dropBothEngines() throws Exception {
        if (fixture != null) {
            fixture.close();
            fixture = null;
        }
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /**
     * @param kql a query of the test
     * @return it over the fixture's range
     */
    static EventQuery query(String kql) {
        return CrossEngineCorpus.query(kql);
    }
}
