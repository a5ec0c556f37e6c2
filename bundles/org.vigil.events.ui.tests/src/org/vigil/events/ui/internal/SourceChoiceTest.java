package org.vigil.events.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.core.model.FieldType;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.MultiSource;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.SourceProfile;
import org.vigil.events.testing.ContractEvents;
import org.vigil.events.testing.MisbehavingSource;
import org.vigil.events.testing.MisbehavingSource.Misbehaviour;
import org.vigil.local.LuceneSource;
import org.vigil.opensearch.FieldProfile;
import org.vigil.query.KqlParser;

/**
 * What Investigate searches and shows first, headless: a Wazuh source's profile gives the
 * columns, the field order and the first top values; a source that throws, hangs or answers
 * garbage ends every call within the time limit with an error naming it, while the others searched
 * with it still answer.
 */
class SourceChoiceTest {

    private static final Duration LIMIT = Duration.ofMillis(500);
    private static final long PROMPTLY_MS = 5_000;
    private static final List<String> WAZUH_COLUMNS = List.of("agent.name", "rule.level", "rule.description",
            "rule.groups", "data.srcip", "data.srcuser", "rule.mitre.technique");

    private static LuceneSource good;
    private final List<MisbehavingSource> made = new ArrayList<>();
    private final Map<String, String> leftOut = new ConcurrentHashMap<>();

    @BeforeAll
    static void loadGoodSource() throws Exception {
        good = LuceneSource.inMemory(new SourceDescriptor("embedded-test", "Embedded", "lucene", "memory"),
                ContractEvents.all().iterator(), Clock.fixed(ContractEvents.END, ZoneOffset.UTC));
    }

    @AfterAll
    static void closeGoodSource() throws Exception {
        good.close();
    }

    @AfterEach
    void releaseHangingCalls() {
        made.forEach(MisbehavingSource::release);
    }

    @Test
    void choosingAWazuhSourceShowsTheWazuhColumns() throws Exception {
        SourceProfile wazuh = FieldProfile.builtIn("wazuh-alerts").sourceProfile();

        assertEquals(WAZUH_COLUMNS, SourceChoice.columns(wazuh, List.of("host.name"), true));
        assertEquals(WAZUH_COLUMNS, SourceChoice.columns(wazuh, List.of(), false), "a first start with no column");
        assertNull(SourceChoice.columns(wazuh, List.of("host.name"), false), "the columns the operator left stay");
        assertNull(SourceChoice.columns(SourceProfile.NONE, List.of("host.name"), true), "no profile, no change");
    }

    @Test
    void theSidebarListsTheProfilesTopFieldsFirstAndStartsWithTheSeverity() throws Exception {
        SourceProfile wazuh = FieldProfile.builtIn("wazuh-alerts").sourceProfile();
        List<FieldInfo> known = List.of(keyword("agent.name"), keyword("data.srcip"), keyword("full_log"),
                new FieldInfo("rule.level", FieldType.LONG, true), keyword("rule.description"), keyword("timestamp"));

        List<String> order = SourceChoice.ordered(known, wazuh).stream().map(FieldInfo::name).toList();

        assertEquals(List.of("rule.level", "rule.description", "agent.name", "data.srcip", "full_log", "timestamp"), order);
        assertEquals("rule.level", SourceChoice.firstTopField(known, wazuh));
        assertNull(SourceChoice.firstTopField(List.of(keyword("message")), wazuh), "a field the source lacks is not asked for");
        assertNull(SourceChoice.firstTopField(known, SourceProfile.NONE));
    }

    @Test
    void allSourcesAsOneShowWhichSourceEachHitCameFromFirst() throws Exception {
        EventSource wazuhLike = new SourceView(good, new SourceDescriptor("wazuh-like", "Wazuh", "test", "memory"),
                FieldProfile.builtIn("wazuh-alerts").sourceProfile());
        List<RegisteredSource> sources = List.of(registered(good), registered(wazuhLike));

        RegisteredSource all = SourceChoice.of(sources, 2, LIMIT, (source, problem) -> { });
        RegisteredSource one = SourceChoice.of(sources, 1, LIMIT, (source, problem) -> { });

        assertEquals(MultiSource.SOURCE_FIELD, all.source().profile().columns().get(0));
        assertEquals(WAZUH_COLUMNS, all.source().profile().columns().subList(1, 8));
        assertEquals(WAZUH_COLUMNS, one.source().profile().columns(), "the time limit hides no profile");
        assertNull(SourceChoice.of(sources, -1, LIMIT, (source, problem) -> { }));
    }

    @ParameterizedTest
    @EnumSource(Misbehaviour.class)
    void aMisbehavingSourceChosenAloneFailsEveryCallPromptlyNamingItself(Misbehaviour misbehaviour) throws Exception {
        RegisteredSource chosen = SourceChoice.of(List.of(registered(good), registered(bad("lab", misbehaviour))), 1,
                LIMIT, (source, problem) -> { });
        EventQuery all = all();

        long started = System.nanoTime();
        SourceException search = assertThrows(SourceException.class,
                () -> chosen.source().search(SearchRequest.newestFirst(all, 500), Cancellation.none()));
        if (misbehaviour != Misbehaviour.NO_TIMESTAMPS) {
            assertThrows(SourceException.class, () -> chosen.source().histogram(all, 60, ZoneOffset.UTC, Cancellation.none()));
            assertThrows(SourceException.class, () -> chosen.source().topTerms(all, "event.action", 5, Cancellation.none()));
            assertThrows(SourceException.class, () -> chosen.source().fields(Cancellation.none()));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals("lab", search.source());
        assertTrue(search.getMessage().startsWith("lab "), search.getMessage());
        assertTrue(millis < 4 * PROMPTLY_MS, misbehaviour + " held Investigate " + millis + " ms");
        if (misbehaviour == Misbehaviour.HANGS) {
            assertEquals("lab did not answer within 0.5 s; the call was cancelled", search.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Misbehaviour.class)
    void theOtherSourcesStillAnswerWhenAllAreSearched(Misbehaviour misbehaviour) throws Exception {
        RegisteredSource all = SourceChoice.of(List.of(registered(good), registered(bad("lab", misbehaviour))), 2,
                LIMIT, (source, problem) -> leftOut.put(source.id(), problem.getMessage()));

        long hits = all.source().search(SearchRequest.newestFirst(all(), 500), Cancellation.none()).total();

        assertEquals(ContractEvents.COUNT, hits);
        assertTrue(leftOut.get("lab").startsWith("lab "), leftOut.toString());
    }

    private MisbehavingSource bad(String id, Misbehaviour misbehaviour) {
        MisbehavingSource source = new MisbehavingSource(id, misbehaviour);
        made.add(source);
        return source;
    }

    private static RegisteredSource registered(EventSource source) {
        return new RegisteredSource(source, "org.vigil.events.ui.tests", 0);
    }

    private static FieldInfo keyword(String name) {
        return new FieldInfo(name, FieldType.KEYWORD, true);
    }

    private static EventQuery all() throws Exception {
        return new EventQuery(KqlParser.parse("*"), ContractEvents.ALL);
    }
}
