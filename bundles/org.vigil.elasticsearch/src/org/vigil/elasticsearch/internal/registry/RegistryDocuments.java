package org.vigil.elasticsearch.internal.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vigil.registry.Agency;
import org.vigil.registry.AgencyKind;
import org.vigil.registry.Asset;
import org.vigil.registry.AssetKind;
import org.vigil.registry.Assets;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.Contact;
import org.vigil.registry.Dossier;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.Figures;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Layer;
import org.vigil.registry.LayerStatus;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.ProtectionPlan;
import org.vigil.registry.SystemType;
import org.vigil.registry.TrustLabel;

/**
 * The registry's records as the JSON documents of {@link RegistryIndices}, and back: enums by
 * name, dates as {@code YYYY-MM-DD}, absent dates left out. Assets carry their canonical form
 * too, so that an administrator can search the index for an address as the matcher compares it.
 */
@SuppressWarnings("nls")
final class RegistryDocuments {

    private RegistryDocuments() {
    }

    static Map<String, Object> toMap(Agency agency) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", agency.id());
        document.put("name", agency.name());
        put(document, "parentId", agency.parentId());
        document.put("kind", agency.kind().name());
        return document;
    }

    static Agency toAgency(Map<String, Object> document) {
        return new Agency(text(document, "id"), text(document, "name"), (String) document.get("parentId"),
                AgencyKind.valueOf(text(document, "kind")));
    }

    static Map<String, Object> toMap(InformationSystem system) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", system.id());
        document.put("version", system.version());
        document.put("name", system.name());
        document.put("agencyId", system.agencyId());
        document.put("operatingUnit", system.operatingUnit());
        document.put("type", system.type().name());
        document.put("level", system.level());
        document.put("levelReason", system.levelReason());
        document.put("dossier", dated(Map.of("status", system.dossier().status().name(), "decisionNumber",
                system.dossier().decisionNumber()), "decisionDate", system.dossier().decisionDate()));
        document.put("plan", dated(Map.of("status", system.plan().status().name()), "date", system.plan().date()));
        document.put("layers", system.layers().entrySet().stream().map(layer -> dated(Map.of("layer",
                layer.getKey().name(), "covered", layer.getValue().covered(), "provider", layer.getValue().provider()),
                "until", layer.getValue().until())).toList());
        document.put("trustLabel", dated(Map.of("reference", system.trustLabel().reference()), "validUntil",
                system.trustLabel().validUntil()));
        document.put("assets", system.assets().stream().map(RegistryDocuments::toMap).toList());
        document.put("contacts", system.contacts().stream().map(contact -> Map.of("name", contact.name(), "role",
                contact.role(), "phone", contact.phone(), "email", contact.email())).toList());
        put(document, "lastAssessment", date(system.lastAssessment()));
        document.put("requirementsMet", List.copyOf(system.requirementsMet()));
        document.put("notes", system.notes());
        return document;
    }

    static InformationSystem toSystem(Map<String, Object> document) {
        Map<String, Object> dossier = object(document, "dossier");
        Map<String, Object> plan = object(document, "plan");
        Map<String, Object> label = object(document, "trustLabel");
        InformationSystem.Builder system = InformationSystem
                .builder(text(document, "id"), text(document, "name"), text(document, "agencyId"))
                .version(((Number) document.get("version")).longValue()).operatingUnit(text(document, "operatingUnit"))
                .type(SystemType.valueOf(text(document, "type")))
                .level(((Number) document.get("level")).intValue(), text(document, "levelReason"))
                .dossier(new Dossier(DossierStatus.valueOf(text(dossier, "status")), text(dossier, "decisionNumber"),
                        date(dossier, "decisionDate")))
                .plan(new ProtectionPlan(PlanStatus.valueOf(text(plan, "status")), date(plan, "date")))
                .trustLabel(new TrustLabel(text(label, "reference"), date(label, "validUntil")))
                .assets(objects(document, "assets").stream()
                        .map(asset -> new Asset(AssetKind.valueOf(text(asset, "kind")), text(asset, "value"))).toList())
                .contacts(objects(document, "contacts").stream().map(contact -> new Contact(text(contact, "name"),
                        text(contact, "role"), text(contact, "phone"), text(contact, "email"))).toList())
                .lastAssessment(date(document, "lastAssessment"))
                .requirementsMet(strings(document, "requirementsMet")).notes(text(document, "notes"));
        for (Map<String, Object> layer : objects(document, "layers")) {
            system.layer(Layer.valueOf(text(layer, "layer")), new LayerStatus(Boolean.TRUE.equals(layer.get("covered")),
                    text(layer, "provider"), date(layer, "until")));
        }
        return system.build();
    }

    static Map<String, Object> toMap(ComplianceSnapshot snapshot) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("day", snapshot.day().toString());
        document.put("province", toMap(snapshot.province()));
        document.put("agencies", toMap(snapshot.agencies()));
        document.put("targets", toMap(snapshot.targets()));
        return document;
    }

    static ComplianceSnapshot toSnapshot(Map<String, Object> document) {
        return new ComplianceSnapshot(date(document, "day"), figure(object(document, "province")),
                toFigures(object(document, "agencies")), toFigures(object(document, "targets")));
    }

    private static Map<String, Object> toMap(Asset asset) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("kind", asset.kind().name());
        document.put("value", asset.value());
        Assets.canonicalIfValid(asset).ifPresent(canonical -> document.put("canonical", canonical));
        return document;
    }

    private static Map<String, Object> toMap(Map<String, Figures> figures) {
        Map<String, Object> document = new TreeMap<>();
        figures.forEach((id, value) -> document.put(id, toMap(value)));
        return document;
    }

    private static Map<String, Figures> toFigures(Map<String, Object> document) {
        Map<String, Figures> figures = new TreeMap<>();
        document.forEach((id, value) -> figures.put(id, figure(cast(value))));
        return figures;
    }

    private static Map<String, Object> toMap(Figures figures) {
        return Map.of("met", figures.met(), "total", figures.total());
    }

    private static Figures figure(Map<String, Object> document) {
        return new Figures(((Number) document.get("met")).intValue(), ((Number) document.get("total")).intValue());
    }

    /** The fields given, and the date under its key when there is one. */
    private static Map<String, Object> dated(Map<String, Object> fields, String key, LocalDate date) {
        Map<String, Object> document = new LinkedHashMap<>(fields);
        put(document, key, date(date));
        return document;
    }

    private static void put(Map<String, Object> document, String key, Object value) {
        if (value != null) {
            document.put(key, value);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(Map<String, Object> document, String key) {
        Object value = document.get(key);
        return value == null ? null : LocalDate.parse((String) value);
    }

    private static String text(Map<String, Object> document, String key) {
        Object value = document.get(key);
        return value == null ? "" : (String) value;
    }

    private static List<String> strings(Map<String, Object> document, String key) {
        List<String> values = new ArrayList<>();
        if (document.get(key) instanceof List<?> list) {
            list.forEach(value -> values.add((String) value));
        }
        return values;
    }

    private static Map<String, Object> object(Map<String, Object> document, String key) {
        return document.get(key) instanceof Map<?, ?> map ? cast(map) : Map.of();
    }

    private static List<Map<String, Object>> objects(Map<String, Object> document, String key) {
        List<Map<String, Object>> values = new ArrayList<>();
        if (document.get(key) instanceof List<?> list) {
            list.forEach(value -> values.add(cast(value)));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
