package org.vigil.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the CLI, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Cli_usage;
    public static String Cli_unknownCommand;
    public static String Cli_unknownOption;
    public static String Cli_noArguments;
    public static String Cli_error;
    public static String Cli_internalError;
    public static String Cli_interrupted;
    public static String Cli_optionNeedsValue;
    public static String Cli_badNumber;
    public static String Cli_badInstant;
    public static String Demo_summary;
    public static String Cli_unexpectedArgument;
    public static String Source_unknown;
    public static String Query_syntax;
    public static String Query_emptyRange;
    public static String Query_badTime;
    public static String Count_summary;
    public static String Search_summary;
    public static String Search_badFormat;
    public static String Demo_writeFailed;
    public static String Version_summary;
    public static String Version_vigil;
    public static String Version_java;
    public static String Version_os;
    public static String Plugins_summary;
    public static String Plugins_installNeedsJar;
    public static String Plugins_noSuchJar;
    public static String Plugins_installFailed;
    public static String Plugins_noRegistry;
    public static String Plugins_bundlesHeader;
    public static String Plugins_publishes;
    public static String Plugins_sourcesHeader;
    public static String Import_summary;
    public static String Import_noFiles;
    public static String Import_unknownFormat;
    public static String Import_readOnlySource;
    public static String Import_file;
    public static String Import_fileFailed;
    public static String Import_total;
    public static String Import_cancelled;
    public static String Import_moreRejections;
    public static String Import_incomplete;
    public static String Sources_summary;
    public static String Kql_summary;
    public static String Top_summary;
    public static String Top_needsField;
    public static String Top_header;
    public static String Histogram_summary;
    public static String Histogram_header;
    public static String Bench_summary;
    public static String Bench_failed;
    public static String Bench_failures;
    public static String Cli_noService;
    public static String Systems_summary;
    public static String Systems_unknownVerb;
    public static String Systems_listUsage;
    public static String Systems_showUsage;
    public static String Systems_importUsage;
    public static String Systems_exportUsage;
    public static String Systems_complianceUsage;
    public static String Systems_count;
    public static String Systems_listColumns;
    public static String Systems_showNeedsId;
    public static String Systems_noSuchSystem;
    public static String Systems_badChoice;
    public static String Systems_fieldName;
    public static String Systems_fieldAgency;
    public static String Systems_fieldOperatingUnit;
    public static String Systems_fieldType;
    public static String Systems_fieldLevel;
    public static String Systems_fieldDossier;
    public static String Systems_fieldPlan;
    public static String Systems_fieldLayer;
    public static String Systems_fieldTrustLabel;
    public static String Systems_fieldContact;
    public static String Systems_fieldLastAssessment;
    public static String Systems_fieldRequirements;
    public static String Systems_fieldNotes;
    public static String Systems_yes;
    public static String Systems_no;
    public static String Systems_complianceOf;
    public static String Systems_missingRequirement;
    public static String Systems_importNeedsFiles;
    public static String Systems_importIncomplete;
    public static String Systems_cannotRead;
    public static String Systems_importFailed;
    public static String Systems_imported;
    public static String Systems_rejected;
    public static String Systems_warning;
    public static String Systems_recordWithRules;
    public static String Systems_badDate;
    public static String Systems_complianceHeader;
    public static String Systems_targetsHeader;
    public static String Systems_targetReached;
    public static String Systems_targetMissed;
    public static String Systems_agenciesHeader;
    public static String Systems_overdueHeader;
    public static String Systems_historyHeader;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
