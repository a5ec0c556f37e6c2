package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.elasticsearch.internal.FieldMapping;
import org.vigil.elasticsearch.internal.FieldMappings;
import org.vigil.elasticsearch.internal.QueryDslTranslator;
import org.vigil.elasticsearch.internal.QueryTranslationException;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/** The query DSL each node and field type of docs/QUERY.md translates to, as JSON. */
class QueryDslTranslatorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:30:00Z");
    private static final FieldMappings FIELDS = FieldMappings.of(Map.of(
            "@timestamp", mapping(FieldType.DATE, "@timestamp"),
            "event.action", mapping(FieldType.KEYWORD, "event.action"),
            "event.success", mapping(FieldType.BOOLEAN, "event.success"),
            "message", mapping(FieldType.TEXT, "message.keyword"),
            "source.ip", mapping(FieldType.IP, "source.ip"),
            "destination.ip", mapping(FieldType.IP, "destination.ip"),
            "bytes", mapping(FieldType.LONG, "bytes"),
            "score", mapping(FieldType.DOUBLE, "score")));

    private final QueryDslTranslator translator = new QueryDslTranslator(FIELDS, NOW);

    @Test
    void keywordValuesAreExactTermsOrWholeValueWildcards() throws Exception {
        assertDsl("{'term':{'event.action':{'value':'Logon-Failed'}}}", "event.action:Logon-Failed");
        assertDsl("{'term':{'event.action':{'value':'logon failed'}}}", "event.action:\"logon failed\"");
        assertDsl("{'wildcard':{'event.action':{'value':'Logon-*'}}}", "event.action:Logon-*");
        assertDsl("{'wildcard':{'event.action':{'value':'a\\\\*b*'}}}", "event.action:a\\*b*");
    }

    @Test
    void booleanValuesAreTermsAndWildcardsPickTheMatchingValues() throws Exception {
        assertDsl("{'term':{'event.success':{'value':true}}}", "event.success:true");
        assertDsl("{'term':{'event.success':{'value':false}}}", "event.success:f*");
        assertDsl("{'match_none':{}}", "event.success:x*");
        assertDsl("{'bool':{'minimum_should_match':'1','should':[{'term':{'event.success':{'value':false}}},"
                + "{'term':{'event.success':{'value':true}}}]}}", "event.success:*e");
    }

    @Test
    void textIsMatchedByWordsPhrasesAndLowerCasedPatterns() throws Exception {
        assertDsl("{'match':{'message':{'query':'failed login'}}}", "message:failed login");
        assertDsl("{'match_phrase':{'message':{'query':'failed login'}}}", "message:\"failed login\"");
        assertDsl("{'wildcard':{'message':{'value':'fail*'}}}", "message:FAIL*");
    }

    @Test
    void numbersAreExactWhateverTheirQuotes() throws Exception {
        assertDsl("{'term':{'bytes':{'value':1000}}}", "bytes:1000");
        assertDsl("{'term':{'bytes':{'value':1000}}}", "bytes:\"1e3\"");
        assertDsl("{'term':{'score':{'value':2.5}}}", "score:2.50");
        assertDsl("{'match_none':{}}", "bytes:1.5");
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
        assertDsl("{'term':{'source.ip':{'value':'10.0.0.1'}}}", "source.ip:10.0.0.1");
        assertDsl("{'term':{'source.ip':{'value':'10.0.0.0/8'}}}", "source.ip:10.0.0.0/8");
        assertDsl("{'term':{'source.ip':{'value':'2001:db8:0:0:0:0:0:0/32'}}}", "source.ip:\"2001:db8::/32\"");
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
        String action = "{'term':{'event.action':{'value':'a'}}}";
        String bytes = "{'term':{'bytes':{'value':1}}}";
        assertDsl("{'bool':{'must':[" + action + "," + bytes + "]}}", "event.action:a and bytes:1");
        assertDsl("{'bool':{'minimum_should_match':'1','should':[" + action + "," + bytes + "]}}",
                "event.action:a or bytes:1");
        assertDsl("{'bool':{'must_not':[" + action + "]}}", "not event.action:a");
        assertDsl("{'bool':{'must':[" + bytes + "],'must_not':[" + action + "]}}", "bytes:1 and not event.action:a");
        assertDsl("{'bool':{'must_not':[" + action + "," + bytes + "]}}", "not event.action:a and not bytes:1");
        assertDsl("{'match_all':{}}", "*:*");
    }

    @Test
    void existsAndNestedGroupsUseTheFullFieldName() throws Exception {
        assertDsl("{'exists':{'field':'source.ip'}}", "source.ip:*");
        assertDsl("{'bool':{'must':[{'term':{'source.ip':{'value':'10.0.0.1'}}},{'range':{'bytes':{'gt':5}}}]}}",
                "source:{ ip:10.0.0.1 } and bytes > 5");
    }

    @Test
    void fieldPatternsAreExpandedAndOred() throws Exception {
        assertDsl("{'bool':{'minimum_should_match':'1','should':[{'term':{'destination.ip':{'value':'10.0.0.1'}}},"
                + "{'term':{'source.ip':{'value':'10.0.0.1'}}}]}}", "*.ip:10.0.0.1");
    }

    @Test
    void bareTermsSkipFieldsThatCannotTakeTheValue() throws Exception {
        assertDsl("{'bool':{'minimum_should_match':'1','should':[{'term':{'event.action':{'value':'alice'}}},"
                + "{'match':{'message':{'query':'alice'}}}]}}", "alice");
        assertDsl("{'bool':{'minimum_should_match':'1','should':[" + dateRange("@timestamp", "gte",
                "2026-01-01T00:00:00Z", "lte", "2026-12-31T23:59:59.999Z")
                + ",{'term':{'bytes':{'value':2026}}},{'term':{'event.action':{'value':'2026'}}},"
                + "{'match':{'message':{'query':'2026'}}},{'term':{'score':{'value':2026.0}}}]}}", "2026");
        assertDsl("{'match_none':{}}", "*.ip:alice");
    }

    @Test
    void unknownFieldsMatchNothing() throws Exception {
        assertDsl("{'match_none':{}}", "no.such.field:x");
        assertDsl("{'match_none':{}}", "no.such.field > 5");
    }

    @Test
    void aValueANamedFieldCannotTakeIsAnErrorNamingFieldTypeAndValue() {
        assertError("bytes", FieldType.LONG, "many", "bytes:many", "The field bytes holds whole numbers");
        assertError("score", FieldType.DOUBLE, "x", "score > x", "cannot match the value x");
        assertError("source.ip", FieldType.IP, "10.0.0.300", "source.ip:10.0.0.300", "IP addresses");
        assertError("source.ip", FieldType.IP, "10.0.0.0/33", "source.ip:10.0.0.0/33", "10.0.0.0/33");
        assertError("source.ip", FieldType.IP, "10.0.0.0/8", "source.ip > 10.0.0.0/8", "10.0.0.0/8");
        assertError("event.success", FieldType.BOOLEAN, "yes", "event.success:yes", "true or false values");
        assertError("@timestamp", FieldType.DATE, "yesterday", "@timestamp < yesterday", "holds dates");
        assertError("bytes", FieldType.LONG, "10*", "bytes:10*", "wildcard pattern 10*");
        assertError("message", FieldType.TEXT, "m", "message > m", "no order");
    }

    @Test
    void everySearchIsBoundedByItsTimeRange() throws Exception {
        TimeRange range = new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-03T00:00:00Z"));
        String time = dateRange("@timestamp", "gte", "2026-11-01T00:00:00Z", "lt", "2026-11-03T00:00:00Z");

        assertEquals(json("{'bool':{'filter':[" + time + "]}}"),
                QueryDslTranslator.toJson(translator.translate(KqlParser.parse(""), range)));
        assertEquals(json("{'bool':{'filter':[" + time + "],'must':[{'exists':{'field':'bytes'}}]}}"),
                QueryDslTranslator.toJson(translator.translate(KqlParser.parse("bytes:*"), range)));
    }

    @Test
    void aFieldWithAShadowIsSearchedThereTooWhereverTheValueDoesNotFitItsType() throws Exception {
        QueryDslTranslator shadowed = new QueryDslTranslator(FieldMappings.of(Map.of(
                "Keywords", mapping(FieldType.LONG, "Keywords"),
                "vigil.conflict.Keywords", mapping(FieldType.KEYWORD, "vigil.conflict.Keywords"))), NOW);

        assertEquals(json("{'bool':{'minimum_should_match':'1','should':[{'term':{'Keywords':{'value':32}}},"
                + "{'term':{'vigil.conflict.Keywords':{'value':'32'}}}]}}"), dsl(shadowed, "Keywords:32"));
        assertEquals(json("{'term':{'vigil.conflict.Keywords':{'value':'0x80'}}}"), dsl(shadowed, "Keywords:0x80"));
        assertEquals(json("{'range':{'Keywords':{'gte':32}}}"), dsl(shadowed, "Keywords >= 32"));
    }

    @Test
    void aFieldWithTwoTypesInTwoIndicesGetsAClauseForEachIndexWhoseTypeTheValueFits() throws Exception {
        TypeMapping ntp = TypeMapping.of(m -> m.properties("version", p -> p.long_(l -> l)));
        TypeMapping ssl = TypeMapping.of(m -> m.properties("version", p -> p.keyword(k -> k)));
        Map<String, TypeMapping> indices = new LinkedHashMap<>();
        indices.put("vigil-events-zeek.ntp", ntp);
        indices.put("vigil-events-zeek.ssl", ssl);
        QueryDslTranslator both = new QueryDslTranslator(FieldMappings.fromIndexMappings(indices), NOW);

        assertEquals(json("{'bool':{'filter':[{'terms':{'_index':['vigil-events-zeek.ssl']}}],"
                + "'must':[{'term':{'version':{'value':'TLSv12'}}}]}}"), dsl(both, "version:TLSv12"));
        assertEquals(json("{'bool':{'minimum_should_match':'1','should':["
                + "{'bool':{'filter':[{'terms':{'_index':['vigil-events-zeek.ntp']}}],'must':[{'term':{'version':{'value':4}}}]}},"
                + "{'bool':{'filter':[{'terms':{'_index':['vigil-events-zeek.ssl']}}],'must':[{'term':{'version':{'value':'4'}}}]}}]}}"),
                dsl(both, "version:4"));
        assertEquals(json("{'bool':{'filter':[{'terms':{'_index':['vigil-events-zeek.ntp']}}],"
                + "'must':[{'range':{'version':{'gte':3}}}]}}"), dsl(both, "version >= 3"),
                "a number is compared where the field is a number, as in the embedded store");
    }

    private static String dsl(QueryDslTranslator translator, String kql) throws Exception {
        return QueryDslTranslator.toJson(translator.translate(KqlParser.parse(kql)));
    }

    private void assertDsl(String expected, String kql) throws QuerySyntaxException, QueryTranslationException {
        assertEquals(json(expected), QueryDslTranslator.toJson(translator.translate(KqlParser.parse(kql))), kql);
    }

    private void assertError(String field, FieldType type, String value, String kql, String inMessage) {
        QueryTranslationException e = assertThrows(QueryTranslationException.class,
                () -> translator.translate(KqlParser.parse(kql)), kql);
        assertEquals(field, e.field(), kql);
        assertEquals(type, e.type(), kql);
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

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static FieldMapping mapping(FieldType type, String exact) {
        return new FieldMapping(type, exact);
    }
}
