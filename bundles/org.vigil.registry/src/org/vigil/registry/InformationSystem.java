package org.vigil.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An information system of an agency with its security level under Decree 85/2016, the state of
 * its dossier and protection plan, its 4-layer coverage and the assets that link events to it.
 *
 * <p>The record holds what was entered, valid or not: a level of 7 or a malformed address can be
 * represented so that {@link SystemValidator} can name the field; stores refuse to save it.
 * Build one with {@link #builder(String, String, String)} or change one with {@link #toBuilder()}.
 *
 * @param id stable identifier, unique in the registry; CSV re-imports update by it
 * @param version the store's version for optimistic locking; 0 for a system never saved
 * @param name the system's name
 * @param agencyId the owner agency (cơ quan chủ quản)
 * @param operatingUnit the operating unit (đơn vị vận hành), or empty
 * @param type what the system is for
 * @param level the security level, 1 to 5 when valid
 * @param levelReason why it has that level: the Decree 85 criteria (article and clause) met
 * @param dossier the level dossier and approval decision
 * @param plan the protection plan
 * @param layers the 4-layer coverage; every layer present
 * @param trustLabel the network-trust label of a website, or {@link TrustLabel#NONE}
 * @param assets host names, addresses, networks, domains and URLs, in the order entered
 * @param contacts people to call
 * @param lastAssessment the date of the last security assessment, or {@code null}
 * @param requirementsMet the codes of the minimum requirements of the level checklist that are met
 * @param notes free text
 */
public record InformationSystem(String id, long version, String name, String agencyId, String operatingUnit,
        SystemType type, int level, String levelReason, Dossier dossier, ProtectionPlan plan,
        Map<Layer, LayerStatus> layers, TrustLabel trustLabel, List<Asset> assets, List<Contact> contacts,
        LocalDate lastAssessment, Set<String> requirementsMet, String notes) {

    /** Copies the collections, fills layers not given as not covered, and turns missing text into empty text. */
    public InformationSystem {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(type, "type"); //$NON-NLS-1$
        Objects.requireNonNull(dossier, "dossier"); //$NON-NLS-1$
        Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
        name = text(name);
        agencyId = text(agencyId);
        operatingUnit = text(operatingUnit);
        levelReason = text(levelReason);
        notes = text(notes);
        trustLabel = trustLabel == null ? TrustLabel.NONE : trustLabel;
        layers = allLayers(layers);
        assets = List.copyOf(assets);
        contacts = List.copyOf(contacts);
        requirementsMet = java.util.Collections.unmodifiableSet(new TreeSet<>(requirementsMet));
    }

    /**
     * @param id the system's id
     * @param name its name
     * @param agencyId its owner agency
     * @return a builder for a new system: level 1, type other, dossier draft, plan not started,
     *         no layer, no asset
     */
    public static Builder builder(String id, String name, String agencyId) {
        return new Builder(id, name, agencyId);
    }

    /** @return a builder holding every value of this system */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @param layer one of the four layers
     * @return its status for this system
     */
    public LayerStatus layer(Layer layer) {
        return layers.get(layer);
    }

    /**
     * @param kind a kind of asset
     * @return this system's assets of that kind, in the order entered
     */
    public List<Asset> assets(AssetKind kind) {
        return assets.stream().filter(asset -> asset.kind() == kind).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip(); //$NON-NLS-1$
    }

    private static Map<Layer, LayerStatus> allLayers(Map<Layer, LayerStatus> given) {
        Map<Layer, LayerStatus> all = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            all.put(layer, given == null ? LayerStatus.NONE : given.getOrDefault(layer, LayerStatus.NONE));
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Collects the values of a system; {@link #build()} makes the immutable record. */
    public static final class Builder {

        private String id;
        private long version;
        private String name;
        private String agencyId;
        private String operatingUnit = ""; //$NON-NLS-1$
        private SystemType type = SystemType.OTHER;
        private int level = 1;
        private String levelReason = ""; //$NON-NLS-1$
        private Dossier dossier = Dossier.DRAFT;
        private ProtectionPlan plan = ProtectionPlan.NOT_STARTED;
        private final Map<Layer, LayerStatus> layers = new EnumMap<>(Layer.class);
        private TrustLabel trustLabel = TrustLabel.NONE;
        private final List<Asset> assets = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private LocalDate lastAssessment;
        private final Set<String> requirementsMet = new TreeSet<>();
        private String notes = ""; //$NON-NLS-1$

        private Builder(String id, String name, String agencyId) {
            this.id = id;
            this.name = name;
            this.agencyId = agencyId;
        }

        private Builder(InformationSystem system) {
            this(system.id, system.name, system.agencyId);
            version = system.version;
            operatingUnit = system.operatingUnit;
            type = system.type;
            level = system.level;
            levelReason = system.levelReason;
            dossier = system.dossier;
            plan = system.plan;
            layers.putAll(system.layers);
            trustLabel = system.trustLabel;
            assets.addAll(system.assets);
            contacts.addAll(system.contacts);
            lastAssessment = system.lastAssessment;
            requirementsMet.addAll(system.requirementsMet);
            notes = system.notes;
        }

        /** @param value the id @return this builder */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** @param value the store's version @return this builder */
        public Builder version(long value) {
            version = value;
            return this;
        }

        /** @param value the name @return this builder */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** @param value the owner agency's id @return this builder */
        public Builder agency(String value) {
            agencyId = value;
            return this;
        }

        /** @param value the operating unit @return this builder */
        public Builder operatingUnit(String value) {
            operatingUnit = value;
            return this;
        }

        /** @param value the type @return this builder */
        public Builder type(SystemType value) {
            type = value;
            return this;
        }

        /** @param value the level, 1 to 5 @param reason the criteria that give it @return this builder */
        public Builder level(int value, String reason) {
            level = value;
            levelReason = reason;
            return this;
        }

        /** @param value the dossier @return this builder */
        public Builder dossier(Dossier value) {
            dossier = value;
            return this;
        }

        /** @param value the protection plan @return this builder */
        public Builder plan(ProtectionPlan value) {
            plan = value;
            return this;
        }

        /** @param layer a layer @param value its status @return this builder */
        public Builder layer(Layer layer, LayerStatus value) {
            layers.put(layer, value);
            return this;
        }

        /** @param value the trust label @return this builder */
        public Builder trustLabel(TrustLabel value) {
            trustLabel = value;
            return this;
        }

        /** @param kind the asset's kind @param value its value @return this builder */
        public Builder asset(AssetKind kind, String value) {
            assets.add(new Asset(kind, value));
            return this;
        }

        /** @param values the assets, replacing those collected @return this builder */
        public Builder assets(Collection<Asset> values) {
            assets.clear();
            assets.addAll(values);
            return this;
        }

        /** @param values the contacts, replacing those collected @return this builder */
        public Builder contacts(Collection<Contact> values) {
            contacts.clear();
            contacts.addAll(values);
            return this;
        }

        /** @param value the date of the last assessment, or null @return this builder */
        public Builder lastAssessment(LocalDate value) {
            lastAssessment = value;
            return this;
        }

        /** @param codes the requirement codes met, replacing those collected @return this builder */
        public Builder requirementsMet(Collection<String> codes) {
            requirementsMet.clear();
            requirementsMet.addAll(codes);
            return this;
        }

        /** @param value free text @return this builder */
        public Builder notes(String value) {
            notes = value;
            return this;
        }

        /** @return the system */
        public InformationSystem build() {
            return new InformationSystem(id, version, name, agencyId, operatingUnit, type, level, levelReason, dossier,
                    plan, layers, trustLabel, assets, contacts, lastAssessment, requirementsMet, notes);
        }
    }
}
