package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.DslFields;
import org.vigil.events.dsl.QueryDsl;
import org.vigil.events.dsl.QueryDslException;
import org.vigil.query.KqlParser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The query DSL each node and field type of docs/QUERY.md translates to, compared as JSON trees
 * (the order of members is the writer's affair), for every Elasticsearch-compatible source; what
 * the nodes then find is held to the embedded store's by the cross-engine tests.
 */
class QueryDslRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Instant NOW = Instant.parse("2026-11-23T10:30:00Z");
    private static final Map<String, DslField> FIELDS = Map.of(
            "@timestamp", mapping(FieldType.DATE, "@timestamp"),
            "event.action", mapping(FieldType.KEYWORD, "event.action"),
            "event.success", mapping(FieldType.BOOLEAN, "event.success"),
            "message", mapping(FieldType.TEXT, "message.keyword"),
            "source.ip", mapping(FieldType.IP, "source.ip"),
            "destination.ip", mapping(FieldType.IP, "destination.ip"),
            "bytes", mapping(FieldType.LONG, "bytes"),
            "score", mapping(FieldType.DOUBLE, "score"));

    private final QueryDsl translator = new QueryDsl(FIELDS, NOW, "@timestamp");

    @Test
    void keywordValuesAreExactTermsOrWholeValueWildcards() throws Exception {
        assertDsl("{'term':{'event.action':'Logon-Failed'}}", "event.action:Logon-Failed");
        assertDsl("{'term':{'event.action':'logon failed'}}", "event.action:\"logon failed\"");
        assertDsl("{'wildcard':{'event.action':{'value':'Logon-*'}}}", "event.action:Logon-*");
        assertDsl("{'wildcard':{'event.action':{'value':'a\\\\*b*'}}}", "event.action:a\\*b*");
    }

    @Test
    void booleanValuesAreTermsAndWildcardsPickTheMatchingValues() throws Exception {
        assertDsl("{'term':{'event.success':true}}", "event.success:true");
        assertDsl("{'term':{'event.success':false}}", "event.success:f*");
        assertDsl("{'match_none':{}}", "event.success:x*");
        assertDsl("{'bool':{'minimum_should_match':1,'should':[{'term':{'event.success':false}},"
                + "{'term':{'event.success':true}}]}}", "event.success:*e");
    }

    @Test
    void textIsMatchedByWordsPhrasesAndLowerCasedPatterns() throws Exception {
        assertDsl("{'match':{'message':{'query':'failed login'}}}", "message:failed login");
        assertDsl("{'match_phrase':{'message':{'query':'failed login'}}}", "message:\"failed login\"");
        assertDsl("{'wildcard':{'message':{'value':'fail*'}}}", "message:FAIL*");
    }

    @Test
    void numbersAreExactWhateverTheirQuotes() throws Exception {
        assertDsl("{'term':{'bytes':1000}}", "bytes:1000");
        assertDsl("{'term':{'bytes':1000}}", "bytes:\"1e3\"");
        assertDsl("{'term':{'score':2.5}}", "score:2.50");
        assertDsl("{'match_none':{}}", "bytes:1.5");
        assertDsl("{'match_none':{}}", "score:1e400");
    }

    @Test
    void aDateValueIsTheWholeUnitWrittenInUtc() throws Exception {
        assertDsl(dateRange("@timestamp", "gte", "2026-11-01T00:00:00Z", "lte", "2026-11-01T23:59:59.999Z"),
                "@timestamp:2026-11-01");
        assertDsl(dateRange("@timestamp", "gte", "2026-11-01T08:00:00Z", "lte", "2026-11-01T08:59:59.999Z"),
                "@timestamp:\"2026-11-01T08\"");
        assertDsl(dateRange("@timestamp", "gte", "2026-11-23T00:00:00Z", "lte", "2026-11-23T23:59:59.999Z"),
                "@timestamp:now/d");
    }

    @Test
    void ipValuesAreAddressesOrCidrBlocks() throws Exception {
        assertDsl("{'term':{'source.ip':'10.0.0.1'}}", "source.ip:10.0.0.1");
        assertDsl("{'term':{'source.ip':'10.0.0.0/8'}}", "source.ip:10.0.0.0/8");
        assertDsl("{'term':{'source.ip':'2001:db8:0:0:0:0:0:0/32'}}", "source.ip:\"2001:db8::/32\"");
    }

    @Test
    void rangesCompareByTheFieldType() throws Exception {
        assertDsl("{'range':{'bytes':{'gte':5}}}", "bytes >= 5");
        assertDsl("{'range':{'score':{'lt':2.5}}}", "score < 2.5");
        assertDsl("{'range':{'source.ip':{'gt':'10.0.0.5'}}}", "source.ip > 10.0.0.5");
        assertDsl("{'range':{'event.action':{'lte':'m'}}}", "event.action <= m");
    }

    @Test
    void dateRangesRoundAsTheOperatorSays() throws Exception {
        assertDsl(dateRange("@timestamp", "gt", "2026-11-01T23:59:59.999Z"), "@timestamp > 2026-11-01");
        assertDsl(dateRange("@timestamp", "gte", "2026-11-01T00:00:00Z"), "@timestamp >= 2026-11-01");
        assertDsl(dateRange("@timestamp", "lt", "2026-11-23T00:00:00Z"), "@timestamp < now/d");
        assertDsl(dateRange("@timestamp", "lte", "2026-11-23T09:59:59.999Z"), "@timestamp <= now-1h/h");
    }

    @Test
    void booleanOperatorsAreMustShouldAndMustNot() throws Exception {
        String action = "{'term':{'event.action':'a'}}";
        String bytes = "{'term':{'bytes':1}}";
        assertDsl("{'bool':{'must':[" + action + "," + bytes + "]}}", "event.action:a and bytes:1");
        assertDsl("{'bool':{'minimum_should_match':1,'should':[" + action + "," + bytes + "]}}",
                "event.action:a or bytes:1");
        assertDsl("{'bool':{'must_not':[" + action + "]}}", "not event.action:a");
        assertDsl("{'bool':{'must':[" + bytes + "],'must_not':[" + action + "]}}", "bytes:1 and not event.action:a");
        assertDsl("{'bool':{'must_not':[" + action + "," + bytes + "]}}", "not event.action:a and not bytes:1");
        assertDsl("{'match_all':{}}", "*:*");
    }

    @Test
    void existsAndNestedGroupsUseTheFullFieldName() throws Exception {
        assertDsl("{'exists':{'field':'source.ip'}}", "source.ip:*");
        assertDsl("{'bool':{'must':[{'term':{'source.ip':'10.0.0.1'}},{'range':{'bytes':{'gt':5}}}]}}",
                "source:{ ip:10.0.0.1 } and bytes > 5");
    }

    @Test
    void fieldPatternsAreExpandedAndOred() throws Exception {
        assertDsl("{'bool':{'minimum_should_match':1,'should':[{'term':{'destination.ip':'10.0.0.1'}},"
                + "{'term':{'source.ip':'10.0.0.1'}}]}}", "*.ip:10.0.0.1");
    }

    @Test
    void bareTermsSkipFieldsThatCannotTakeTheValue() throws Exception {
        assertDsl("{'bool':{'minimum_should_match':1,'should':[{'term':{'event.action':'alice'}},"
                + "{'match':{'message':{'query':'alice'}}}]}}", "alice");
        assertDsl("{'bool':{'minimum_should_match':1,'should':[" + dateRange("@timestamp", "gte",
                "2026-01-01T00:00:00Z", "lte", "2026-12-31T23:59:59.999Z")
                + ",{'term':{'bytes':2026}},{'term':{'event.action':'2026'}},"
                + "{'match':{'message':{'query':'2026'}}},{'term':{'score':2026.0}}]}}", "2026");
        assertDsl("{'match_none':{}}", "*.ip:alice");
    }

    @Test
    void unknownFieldsMatchNothing() throws Exception {
        assertDsl("{'match_none':{}}", "no.such.field:x");
        assertDsl("{'match_none':{}}", "no.such.field > 5");
    }

    @Test
    void aValueANamedFieldCannotTakeIsAnErrorNamingFieldTypeAndValue() {
        assertError("bytes", "many", "bytes:many", "The field bytes holds whole numbers");
        assertError("score", "x", "score > x", "cannot match the value x");
        assertError("source.ip", "10.0.0.300", "source.ip:10.0.0.300", "IP addresses");
        assertError("source.ip", "10.0.0.0/33", "source.ip:10.0.0.0/33", "10.0.0.0/33");
        assertError("source.ip", "10.0.0.0/8", "source.ip > 10.0.0.0/8", "10.0.0.0/8");
        assertError("event.success", "yes", "event.success:yes", "true or false values");
        assertError("@timestamp", "yesterday", "@timestamp < yesterday", "holds dates");
        assertError("bytes", "10*", "bytes:10*", "wildcard pattern 10*");
        assertError("message", "m", "message > m", "no order");
    }

    @Test
    void everySearchIsBoundedByItsTimeRange() throws Exception {
        TimeRange range = new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-03T00:00:00Z"));
        String time = dateRange("@timestamp", "gte", "2026-11-01T00:00:00Z", "lt", "2026-11-03T00:00:00Z");

        assertEquals(json("{'bool':{'filter':[" + time + "]}}"),
                JSON.readTree(translator.translate(KqlParser.parse(""), range)));
        assertEquals(json("{'bool':{'filter':[" + time + "],'must':[{'exists':{'field':'bytes'}}]}}"),
                JSON.readTree(translator.translate(KqlParser.parse("bytes:*"), range)));
    }

    @Test
    void aFieldWithAShadowIsSearchedThereTooWhereverTheValueDoesNotFitItsType() throws Exception {
        QueryDsl shadowed = new QueryDsl(Map.of(
                "Keywords", mapping(FieldType.LONG, "Keywords"),
                "vigil.conflict.Keywords", mapping(FieldType.KEYWORD, "vigil.conflict.Keywords")), NOW, "@timestamp");

        assertEquals(json("{'bool':{'minimum_should_match':1,'should':[{'term':{'Keywords':32}},"
                + "{'term':{'vigil.conflict.Keywords':'32'}}]}}"), dsl(shadowed, "Keywords:32"));
        assertEquals(json("{'term':{'vigil.conflict.Keywords':'0x80'}}"), dsl(shadowed, "Keywords:0x80"));
        assertEquals(json("{'range':{'Keywords':{'gte':32}}}"), dsl(shadowed, "Keywords >= 32"));
    }

    @Test
    void aFieldWithTwoTypesInTwoIndicesGetsAClauseForEachIndexWhoseTypeTheValueFits() throws Exception {
        DslFields fields = DslFields.builder()
                .add("vigil-events-zeek.ntp", "version", mapping(FieldType.LONG, "version"))
                .add("vigil-events-zeek.ssl", "version", mapping(FieldType.KEYWORD, "version")).build();
        QueryDsl both = new QueryDsl(fields, NOW, "@timestamp");

        assertEquals(json("{'bool':{'filter':[{'terms':{'_index':['vigil-events-zeek.ssl']}}],"
                + "'must':[{'term':{'version':'TLSv12'}}]}}"), dsl(both, "version:TLSv12"));
        assertEquals(json("{'bool':{'minimum_should_match':1,'should':["
                + "{'bool':{'filter':[{'terms':{'_index':['vigil-events-zeek.ntp']}}],'must':[{'term':{'version':4}}]}},"
                + "{'bool':{'filter':[{'terms':{'_index':['vigil-events-zeek.ssl']}}],'must':[{'term':{'version':'4'}}]}}]}}"),
                dsl(both, "version:4"));
        assertEquals(json("{'bool':{'filter':[{'terms':{'_index':['vigil-events-zeek.ntp']}}],"
                + "'must':[{'range':{'version':{'gte':3}}}]}}"), dsl(both, "version >= 3"),
                "a number is compared where the field is a number, as in the embedded store");
    }

    private static JsonNode dsl(QueryDsl translator, String kql) throws Exception {
        return JSON.readTree(translator.translate(KqlParser.parse(kql)));
    }

    private void assertDsl(String expected, String kql) throws Exception {
        assertEquals(json(expected), dsl(translator, kql), kql);
    }

    private void assertError(String field, String value, String kql, String inMessage) {
        QueryDslException e = assertThrows(QueryDslException.class,
                () -> translator.translate(KqlParser.parse(kql)), kql);
        assertEquals(field, e.field(), kql);
        assertEquals(value, e.value(), kql);
        assertTrue(e.getMessage().contains(inMessage), e.getMessage());
    }

    private static String dateRange(String field, String op, String bound) {
        return "{'range':{'" + field + "':{'" + op + "':'" + bound + "','format':'strict_date_optional_time'}}}";
    }

    private static String dateRange(String field, String op, String bound, String op2, String bound2) {
        return "{'range':{'" + field + "':{'" + op + "':'" + bound + "','" + op2 + "':'" + bound2
                + "','format':'strict_date_optional_time'}}}";
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DslField mapping(FieldType type, String exact) {
        return new DslField(type, exact);
    }
}
