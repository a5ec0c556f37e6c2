package org.vigil.opensearch.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.events.dsl.Json;

/** Index mappings from Vigil field types, as Vigil's importers map them on Elasticsearch. */
final class Properties {

    private Properties() {
    }

    /**
     * @param types the fields and their types
     * @return the {@code properties} of a mapping, with {@code @timestamp} a date and {@code event.id} a keyword
     */
    static String of(Map<String, FieldType> types) {
        Map<String, FieldType> all = new TreeMap<>(types);
        all.put(Event.TIMESTAMP, FieldType.DATE);
        all.put("event.id", FieldType.KEYWORD);
        List<String> members = new ArrayList<>();
        all.forEach((name, type) -> {
            members.add(name);
            members.add(property(type));
        });
        return Json.object(members.toArray(String[]::new));
    }

    private static String property(FieldType type) {
        return switch (type) {
            case KEYWORD -> type("keyword");
            case TEXT -> Json.object("type", Json.quote("text"), "analyzer", Json.quote("standard"), "fields",
                    Json.object("keyword", Json.object("type", Json.quote("keyword"), "ignore_above", "256")));
            case IP -> type("ip");
            case LONG -> type("long");
            case DOUBLE -> type("double");
            case DATE -> type("date");
            case BOOLEAN -> type("boolean");
        };
    }

    private static String type(String name) {
        return Json.object("type", Json.quote(name));
    }
}
