package org.vigil.elasticsearch.internal.cases;

import static org.vigil.elasticsearch.internal.TeamIndices.DATE;
import static org.vigil.elasticsearch.internal.TeamIndices.KEYWORD;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indices of a team's cases, all named from one prefix: cases, comments, audit trail, and
 * a meta index for number counters, templates and settings, each with an explicit mapping
 * ({@link org.vigil.elasticsearch.internal.TeamIndices} creates them on first use).
 *
 * @param cases the cases, one document per case, id = case number
 * @param comments the comments
 * @param audit the audit trail
 * @param meta counters, templates and settings
 */
record CaseIndices(String cases, String comments, String audit, String meta) {

    /** The prefix of a team's case indices unless configured otherwise. */
    static final String DEFAULT_PREFIX = "vigil-cases"; //$NON-NLS-1$

    private static final String CASES = """
            {"dynamic": false, "properties": {
              "number": %2$s, "version": {"type": "long"}, "title": {"type": "text"},
              "description": {"type": "text"}, "impact": {"type": "text"}, "detectionSource": {"type": "text"},
              "severity": %2$s, "tlp": %2$s, "pap": %2$s, "category": %2$s, "status": %2$s, "resolution": %2$s,
              "summary": {"type": "text"}, "tags": %2$s, "assignee": %2$s, "watchers": %2$s,
              "systems": {"properties": {"registryId": %2$s, "name": {"type": "text"}, "level": {"type": "integer"}}},
              "observables": {"properties": {"type": %2$s, "value": %2$s, "ioc": {"type": "boolean"}}},
              "tasks": {"properties": {"id": %2$s, "title": {"type": "text"}, "mandatory": {"type": "boolean"},
                "assignee": %2$s, "doneAt": %1$s, "doneBy": %2$s}},
              "evidence": {"properties": {"sourceId": %2$s, "index": %2$s, "eventId": %2$s, "eventTime": %1$s,
                "snapshot": {"type": "text", "index": false}, "addedAt": %1$s, "addedBy": %2$s}},
              "times": {"properties": {"detected": %1$s, "reported": %1$s, "acknowledged": %1$s,
                "contained": %1$s, "resolved": %1$s, "closed": %1$s}},
              "templateId": %2$s, "createdBy": %2$s, "created": %1$s, "updated": %1$s,
              "mergedInto": %2$s, "mergedFrom": %2$s,
              "pendingAudit": {"type": "object", "enabled": false}}}
            """.formatted(DATE, KEYWORD);

    private static final String COMMENTS = """
            {"dynamic": false, "properties": {"id": %2$s, "caseNumber": %2$s, "author": %2$s, "at": %1$s,
              "text": {"type": "text"}}}
            """.formatted(DATE, KEYWORD);

    private static final String AUDIT = """
            {"dynamic": false, "properties": {"entryId": %2$s, "caseNumber": %2$s, "version": {"type": "long"}, "at": %1$s,
              "actor": %2$s, "field": %2$s, "oldValue": {"type": "text"}, "newValue": {"type": "text"}}}
            """.formatted(DATE, KEYWORD);

    private static final String META = """
            {"dynamic": false, "properties": {"kind": %1$s, "id": %1$s, "next": {"type": "long"},
              "body": {"type": "object", "enabled": false}}}
            """.formatted(KEYWORD);

    /**
     * @param prefix the start of every index name
     * @return the indices of that prefix
     */
    static CaseIndices withPrefix(String prefix) {
        return new CaseIndices(prefix, prefix + "-comments", prefix + "-audit", prefix + "-meta"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the indices as shown to the operator */
    String names() {
        return String.join(", ", cases, comments, audit, meta); //$NON-NLS-1$
    }

    /** @return the mapping of each index, by name */
    Map<String, String> mappings() {
        Map<String, String> mappings = new LinkedHashMap<>();
        mappings.put(cases, CASES);
        mappings.put(comments, COMMENTS);
        mappings.put(audit, AUDIT);
        mappings.put(meta, META);
        return mappings;
    }
}
