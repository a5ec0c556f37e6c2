package org.vigil.registry;

/**
 * The names of a system's fields as problems, CSV headers and future editors name them: one
 * spelling everywhere, so that an error about {@code decision_date} points at the same column
 * in a spreadsheet as at the field in the editor.
 */
public final class SystemFields {

    /** {@link InformationSystem#id()}. */
    public static final String ID = "id"; //$NON-NLS-1$
    /** {@link InformationSystem#name()}. */
    public static final String NAME = "name"; //$NON-NLS-1$
    /** {@link InformationSystem#agencyId()}. */
    public static final String AGENCY = "agency"; //$NON-NLS-1$
    /** {@link InformationSystem#operatingUnit()}. */
    public static final String OPERATING_UNIT = "operating_unit"; //$NON-NLS-1$
    /** {@link InformationSystem#type()}. */
    public static final String TYPE = "type"; //$NON-NLS-1$
    /** {@link InformationSystem#level()}. */
    public static final String LEVEL = "level"; //$NON-NLS-1$
    /** {@link InformationSystem#levelReason()}. */
    public static final String LEVEL_REASON = "level_reason"; //$NON-NLS-1$
    /** {@link Dossier#status()}. */
    public static final String DOSSIER_STATUS = "dossier_status"; //$NON-NLS-1$
    /** {@link Dossier#decisionNumber()}. */
    public static final String DECISION_NUMBER = "decision_number"; //$NON-NLS-1$
    /** {@link Dossier#decisionDate()}. */
    public static final String DECISION_DATE = "decision_date"; //$NON-NLS-1$
    /** {@link ProtectionPlan#status()}. */
    public static final String PLAN_STATUS = "plan_status"; //$NON-NLS-1$
    /** {@link ProtectionPlan#date()}. */
    public static final String PLAN_DATE = "plan_date"; //$NON-NLS-1$
    /** {@link TrustLabel#reference()}. */
    public static final String TRUST_LABEL = "trust_label"; //$NON-NLS-1$
    /** {@link TrustLabel#validUntil()}. */
    public static final String TRUST_LABEL_UNTIL = "trust_label_until"; //$NON-NLS-1$
    /** {@link InformationSystem#contacts()}. */
    public static final String CONTACTS = "contacts"; //$NON-NLS-1$
    /** {@link InformationSystem#lastAssessment()}. */
    public static final String LAST_ASSESSMENT = "last_assessment"; //$NON-NLS-1$
    /** {@link InformationSystem#requirementsMet()}. */
    public static final String REQUIREMENTS_MET = "requirements_met"; //$NON-NLS-1$
    /** {@link InformationSystem#notes()}. */
    public static final String NOTES = "notes"; //$NON-NLS-1$
    /** {@link Agency#parentId()}. */
    public static final String PARENT = "parent"; //$NON-NLS-1$
    /** {@link Agency#kind()}. */
    public static final String KIND = "kind"; //$NON-NLS-1$

    private SystemFields() {
    }

    /**
     * @param kind a kind of asset
     * @return the field that lists the assets of that kind: {@code hostnames}, {@code ips},
     *         {@code cidrs}, {@code domains} or {@code urls}
     */
    public static String assets(AssetKind kind) {
        return switch (kind) {
            case HOSTNAME -> "hostnames"; //$NON-NLS-1$
            case IP -> "ips"; //$NON-NLS-1$
            case CIDR -> "cidrs"; //$NON-NLS-1$
            case DOMAIN -> "domains"; //$NON-NLS-1$
            case URL -> "urls"; //$NON-NLS-1$
        };
    }

    /**
     * @param layer a layer
     * @return the field saying whether it covers the system: {@code layer1} to {@code layer4}
     */
    public static String layer(Layer layer) {
        return "layer" + layer.number(); //$NON-NLS-1$
    }

    /** @param layer a layer @return the field naming its provider, e.g. {@code layer2_provider} */
    public static String layerProvider(Layer layer) {
        return layer(layer) + "_provider"; //$NON-NLS-1$
    }

    /** @param layer a layer @return the field with the end of its provider's contract, e.g. {@code layer2_until} */
    public static String layerUntil(Layer layer) {
        return layer(layer) + "_until"; //$NON-NLS-1$
    }
}
