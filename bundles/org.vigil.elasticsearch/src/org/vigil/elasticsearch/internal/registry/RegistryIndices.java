package org.vigil.elasticsearch.internal.registry;

import static org.vigil.elasticsearch.internal.TeamIndices.DATE;
import static org.vigil.elasticsearch.internal.TeamIndices.KEYWORD;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indices of a team's registry, all named from one prefix: agencies (id = agency id),
 * systems (id = system id) and the history of compliance figures (id = the day), each with an
 * explicit mapping ({@link org.vigil.elasticsearch.internal.TeamIndices} creates them on first
 * write). Only what a query or a sort needs is indexed; the rest is kept in the source.
 *
 * @param agencies the agencies
 * @param systems the information systems
 * @param history the compliance figures, one document per day
 */
record RegistryIndices(String agencies, String systems, String history) {

    /** The prefix of a team's registry indices. */
    static final String DEFAULT_PREFIX = "vigil-registry"; //$NON-NLS-1$

    private static final String AGENCIES = """
            {"dynamic": false, "properties": {"id": %1$s, "name": {"type": "text"}, "parentId": %1$s, "kind": %1$s}}
            """.formatted(KEYWORD);

    private static final String SYSTEMS = """
            {"dynamic": false, "properties": {
              "id": %2$s, "version": {"type": "long"}, "name": {"type": "text"}, "agencyId": %2$s,
              "operatingUnit": {"type": "text"}, "type": %2$s, "level": {"type": "integer"},
              "dossier": {"properties": {"status": %2$s, "decisionNumber": %2$s, "decisionDate": %1$s}},
              "plan": {"properties": {"status": %2$s, "date": %1$s}},
              "layers": {"properties": {"layer": %2$s, "covered": {"type": "boolean"}, "provider": %2$s, "until": %1$s}},
              "trustLabel": {"properties": {"reference": %2$s, "validUntil": %1$s}},
              "assets": {"properties": {"kind": %2$s, "value": %2$s, "canonical": %2$s}},
              "contacts": {"type": "object", "enabled": false},
              "lastAssessment": %1$s, "requirementsMet": %2$s}}
            """.formatted(DATE, KEYWORD);

    private static final String HISTORY = """
            {"dynamic": false, "properties": {"day": %s,
              "province": {"properties": {"met": {"type": "integer"}, "total": {"type": "integer"}}},
              "agencies": {"type": "object", "enabled": false}, "targets": {"type": "object", "enabled": false}}}
            """.formatted(DATE);

    /**
     * @param prefix the start of every index name
     * @return the indices of that prefix
     */
    static RegistryIndices withPrefix(String prefix) {
        return new RegistryIndices(prefix + "-agencies", prefix + "-systems", prefix + "-history"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the indices as shown to the operator */
    String names() {
        return String.join(", ", agencies, systems, history); //$NON-NLS-1$
    }

    /** @return the mapping of each index, by name */
    Map<String, String> mappings() {
        Map<String, String> mappings = new LinkedHashMap<>();
        mappings.put(agencies, AGENCIES);
        mappings.put(systems, SYSTEMS);
        mappings.put(history, HISTORY);
        return mappings;
    }
}
