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
    public static String Import_noFormats;
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
    public static String Bench_noService;

    public static String Cases_summary;
    public static String Cases_unknownSubcommand;
    public static String Cases_unknownStore;
    public static String Cases_noStores;
    public static String Cases_badValue;
    public static String Cases_unknownObservable;
    public static String Cases_listHeader;
    public static String Cases_showClass;
    public static String Cases_showResolution;
    public static String Cases_showPeople;
    public static String Cases_showTimes;
    public static String Cases_showOverdue;
    public static String Cases_showDescription;
    public static String Cases_showImpact;
    public static String Cases_showSystems;
    public static String Cases_showObservables;
    public static String Cases_showTasks;
    public static String Cases_showEvidence;
    public static String Cases_showComments;
    public static String Cases_showAudit;
    public static String Cases_noTitle;
    public static String Cases_noNumber;
    public static String Cases_created;
    public static String Cases_merged;
    public static String Cases_updated;
    public static String Cases_notInBulk;
    public static String Cases_refused;
    public static String Cases_bulkIncomplete;
    public static String Cases_noComment;
    public static String Cases_commented;
    public static String Cases_writeFailed;
    public static String Cases_exported;
    public static String Cases_settings;
    public static String Cases_unknownTemplate;
    public static String Cases_unknownTask;
    public static String Cases_badLanguage;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
