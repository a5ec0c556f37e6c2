package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.internal.registry.ElasticsearchSystemRegistry;
import org.vigil.registry.Agency;
import org.vigil.registry.AgencyKind;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.testing.Samples;

/**
 * What only the team registry meets: a node that is down, a wrong password, a user who may only
 * read, and a write that Elasticsearch refuses half-way; each says what happened, naming the
 * registry, and leaves nothing half-written.
 */
class TeamRegistryFailuresTest {

    @Test
    void aNodeThatIsDownIsNamedWithTheRegistryAndItsAddress() throws Exception {
        String url = "http://127.0.0.1:" + EsNodes.closedPort();
        try (TeamRegistries registries = new TeamRegistries(EsNodes.plain())) {
            ElasticsearchSystemRegistry registry = registries.open(ConnectionProfile.of("dead", URI.create(url)));

            RegistryException read = assertThrows(RegistryException.class, registry::agencies);
            RegistryException write = assertThrows(RegistryException.class, () -> registry.saveAgency(Samples.PROVINCE));

            for (RegistryException e : List.of(read, write)) {
                assertEquals(RegistryException.Kind.STORAGE, e.kind());
                assertTrue(e.getMessage().contains("Team registry (test)") && e.getMessage().contains(url)
                        && e.getMessage().contains("No Elasticsearch answers"), e.getMessage());
            }
        }
    }

    @Test
    void aWrongPasswordNamesTheUser() throws Exception {
        EsNodes.Secure secure = EsNodes.secure();
        ConnectionProfile admin = secure.admin();
        try (TeamRegistries registries = new TeamRegistries(admin)) {
            ElasticsearchSystemRegistry registry = registries.open(ConnectionProfile.of("wrong", admin.nodes().get(0))
                    .withCaCertificate(admin.caCertificate()).withCredentials(admin.username(), "not-the-password"));

            RegistryException e = assertThrows(RegistryException.class, () -> registry.systems(SystemFilter.ALL));

            assertTrue(e.getMessage().contains("rejected the user " + admin.username())
                    && e.getMessage().contains("wrong user name or password"), e.getMessage());
        }
    }

    @Test
    void aReadOnlyUserReadsTheTeamsRegistryAndIsToldItMayNotWrite() throws Exception {
        EsNodes.Secure secure = EsNodes.secure();
        try (TeamRegistries registries = new TeamRegistries(secure.admin())) {
            ElasticsearchSystemRegistry reader = registries.open(secure.reader());
            assertEquals(List.of(), reader.agencies(), "nobody wrote yet: an empty registry, not an error");
            RegistryException beforeAnyIndex = assertThrows(RegistryException.class,
                    () -> reader.saveAgency(Samples.PROVINCE));
            ElasticsearchSystemRegistry admin = registries.open();
            admin.saveAll(Samples.agencies(), List.of(Samples.system("a", "syt")));

            RegistryException refused = assertThrows(RegistryException.class,
                    () -> reader.save(Samples.system("b", "syt")));

            for (RegistryException e : List.of(beforeAnyIndex, refused)) {
                assertTrue(e.getMessage().contains("is not allowed to write as the user " + secure.reader().username())
                        && e.getMessage().contains("Team registry (test)"), e.getMessage());
            }
            assertEquals(5, reader.agencies().size());
            assertEquals(List.of("a"), reader.systems(SystemFilter.ALL).stream().map(s -> s.id()).toList());
        }
    }

    @Test
    void aBatchThatAnIndexRefusesHalfWayIsTakenBackWhole() throws Exception {
        try (TeamRegistries registries = new TeamRegistries(EsNodes.plain())) {
            ElasticsearchSystemRegistry registry = registries.open();
            registry.saveAll(Samples.agencies(), List.of(Samples.system("a", "syt")));
            var before = registry.system("a").orElseThrow();
            registries.blockWrites("-agencies", true);
            try {
                RegistryException e = assertThrows(RegistryException.class, () -> registry.saveAll(
                        List.of(new Agency("snv", "Sở Nội vụ", "tinh", AgencyKind.DEPARTMENT)),
                        List.of(before.toBuilder().name("Đổi tên").build(), Samples.system("b", "syt"))));
                assertEquals(RegistryException.Kind.STORAGE, e.kind());
                assertTrue(e.getMessage().contains("Team registry (test)"), e.getMessage());
            } finally {
                registries.blockWrites("-agencies", false);
            }
            assertEquals(5, registry.agencies().size());
            assertEquals(List.of(before), registry.systems(SystemFilter.ALL));
            assertEquals("Đổi tên", registry.save(before.toBuilder().name("Đổi tên").build()).system().name(),
                    "the system taken back keeps a version that the next save can name");
        }
    }
}
