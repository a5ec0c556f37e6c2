package org.vigil.registry.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the registry, translated in messages*.properties. The labels of the
 * registry's enums are here too, named {@code <Enum>_<CONSTANT>} (see {@link Labels}).
 */
public final class Messages extends NLS {

    public static String Asset_badIp;
    public static String Asset_badCidr;
    public static String Asset_badPrefix;
    public static String Asset_hostBits;
    public static String Asset_badDomain;
    public static String Asset_badHostname;
    public static String Asset_badUrl;
    public static String Problem_blank;
    public static String Problem_badId;
    public static String Problem_unknownAgency;
    public static String Problem_agencyCycle;
    public static String Problem_levelRange;
    public static String Problem_approvedWithoutNumber;
    public static String Problem_approvedWithoutDate;
    public static String Problem_claimedElsewhere;
    public static String Registry_notFound;
    public static String Registry_conflict;
    public static String Registry_agencyInUse;
    public static String Csv_badNumber;
    public static String Csv_badDate;
    public static String Csv_badChoice;
    public static String Csv_badYesNo;
    public static String Csv_empty;
    public static String Csv_unclosedQuote;
    public static String Csv_unknownColumn;
    public static String Csv_repeatedColumn;
    public static String Csv_missingColumns;
    public static String Csv_tooManyCells;
    public static String Csv_repeatedId;
    public static String Rules_unknownKey;
    public static String Rules_missing;
    public static String Rules_badMeasure;
    public static String Rules_badKind;
    public static String Rules_badLevels;
    public static String Rules_badNumber;
    public static String Rules_badDate;
    public static String AgencyKind_PROVINCE;
    public static String AgencyKind_DEPARTMENT;
    public static String AgencyKind_DISTRICT;
    public static String AgencyKind_COMMUNE;
    public static String AgencyKind_OTHER;
    public static String SystemType_WEB_PORTAL;
    public static String SystemType_PUBLIC_SERVICE_PORTAL;
    public static String SystemType_EMAIL;
    public static String SystemType_DOCUMENT_MANAGEMENT;
    public static String SystemType_DATA_INTEGRATION;
    public static String SystemType_INTERNAL_NETWORK;
    public static String SystemType_OTHER;
    public static String DossierStatus_DRAFT;
    public static String DossierStatus_SUBMITTED;
    public static String DossierStatus_APPROVED;
    public static String PlanStatus_NOT_STARTED;
    public static String PlanStatus_IN_PROGRESS;
    public static String PlanStatus_DEPLOYED;
    public static String Layer_OWN_PROTECTION;
    public static String Layer_PROFESSIONAL_MONITORING;
    public static String Layer_INDEPENDENT_ASSESSMENT;
    public static String Layer_NATIONAL_CONNECTION;
    public static String AssetKind_HOSTNAME;
    public static String AssetKind_IP;
    public static String AssetKind_CIDR;
    public static String AssetKind_DOMAIN;
    public static String AssetKind_URL;
    public static String Measure_DOSSIER_APPROVED;
    public static String Measure_PLAN_DEPLOYED;
    public static String Measure_LAYER_COVERED;
    public static String Measure_ALL_LAYERS;
    public static String Measure_ASSESSED_WITHIN_DAYS;
    public static String Measure_REQUIREMENTS_MET;
    public static String RequirementKind_DOSSIER;
    public static String RequirementKind_MANAGEMENT;
    public static String RequirementKind_TECHNICAL;
    public static String ItemStatus_MET;
    public static String ItemStatus_OPEN;
    public static String ItemStatus_OVERDUE;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
