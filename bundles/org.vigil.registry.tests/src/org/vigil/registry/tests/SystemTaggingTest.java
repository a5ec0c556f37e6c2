package org.vigil.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.registry.AssetKind;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.internal.SystemTaggingComponent;
import org.vigil.registry.match.AssetMatcher;
import org.vigil.registry.match.EventTagger;
import org.vigil.registry.testing.InMemorySystemRegistry;
import org.vigil.registry.testing.Samples;

/** The enricher every import applies: the registry's systems, rebuilt after each change. */
class SystemTaggingTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final InMemorySystemRegistry registry = new InMemorySystemRegistry();
    private SystemTaggingComponent tagging;

    @BeforeEach
    void portalOnItsNetwork() throws Exception {
        registry.saveAll(Samples.agencies(), List.of(Samples.system("portal", "syt").toBuilder().level(3, "")
                .asset(AssetKind.CIDR, "10.13.0.0/16").asset(AssetKind.DOMAIN, "*.portal.gov.vn").build()));
        tagging = new SystemTaggingComponent(registry);
    }

    @AfterEach
    void stop() {
        tagging.close();
    }

    private static Event event(String field, String value) {
        return new Event("e", Instant.EPOCH, Map.of("event.action", "login", field, value));
    }

    @Test
    void onceReadyEventsCarryTheirSystemAndLevel() throws Exception {
        assertTrue(tagging.awaitReady(WAIT));
        Event tagged = tagging.enrich(event("source.ip", "10.13.4.5"));
        assertEquals("portal", tagged.get(EventTagger.ID));
        assertEquals("Hệ thống portal", tagged.get(EventTagger.NAME));
        assertEquals(3L, tagged.get(EventTagger.LEVEL));
        assertEquals("login", tagged.get("event.action"));
        assertEquals("portal", tagging.enrich(event("url.domain", "www.portal.gov.vn")).get(EventTagger.ID));
        Event outside = event("source.ip", "8.8.8.8");
        assertSame(outside, tagging.enrich(outside), "an event outside every system is kept as it is");
    }

    @Test
    void anImportAfterARegistryChangeTagsWithTheNewSystem() throws Exception {
        assertTrue(tagging.awaitReady(WAIT));
        assertNull(tagging.enrich(event("host.name", "mail.stc.gov.vn")).get(EventTagger.ID));
        InformationSystem mail = Samples.system("stc-mail", "stc").toBuilder().level(4, "")
                .asset(AssetKind.HOSTNAME, "mail.stc.gov.vn").build();
        registry.save(mail);
        assertTrue(tagging.awaitReady(WAIT), "an import started after the change waits for the new systems");
        Event tagged = tagging.enrich(event("host.name", "mail.stc.gov.vn"));
        assertEquals("stc-mail", tagged.get(EventTagger.ID));
        assertEquals(4L, tagged.get(EventTagger.LEVEL));
        assertEquals(2, tagging.matcher().systems());
    }

    @Test
    void manyChangesAtOnceEndInOneMatcherWithAllOfThem() throws Exception {
        List<InformationSystem> added = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            InformationSystem system = Samples.system("host-" + i, "syt").toBuilder()
                    .asset(AssetKind.IP, "192.0.2." + i).build();
            registry.save(system);
            added.add(system);
        }
        assertTrue(tagging.awaitReady(WAIT));
        assertEquals(21, tagging.matcher().systems());
        assertEquals("host-19", tagging.enrich(event("destination.ip", "192.0.2.19")).get(EventTagger.ID));
    }

    @Test
    void taggingReplacesSystemFieldsTheEventAlreadyHadAndKeepsTheOthersInOrder() {
        EventTagger tagger = new EventTagger(AssetMatcher.of(registry.systems(org.vigil.registry.SystemFilter.ALL)));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source.ip", "10.13.0.1");
        fields.put(EventTagger.LEVEL, 1L);
        fields.put("message", "x");
        Event tagged = tagger.tag(new Event("e", Instant.EPOCH, fields));
        assertEquals(List.of("source.ip", EventTagger.LEVEL, "message", EventTagger.ID, EventTagger.NAME),
                List.copyOf(tagged.fields().keySet()));
        assertEquals(3L, tagged.get(EventTagger.LEVEL));
    }
}
