package org.vigil.query.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the query parsers, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Syntax_expected;
    public static String Syntax_unbalancedParenthesis;
    public static String Syntax_unmatchedParenthesis;
    public static String Syntax_unclosedNested;
    public static String Syntax_unclosedRange;
    public static String Syntax_unterminatedQuote;
    public static String Syntax_invalidEscape;
    public static String Syntax_unsupported;
    public static String Syntax_ambiguous;
    public static String Expected_operand;
    public static String Expected_value;
    public static String Expected_valueAfter;
    public static String Expected_operator;
    public static String Expected_operatorOrClose;
    public static String Expected_operatorOrNestedEnd;
    public static String Expected_clause;
    public static String Expected_clauseAfter;
    public static String Expected_rangeTo;
    public static String Expected_rangeBound;
    public static String Expected_rangeEnd;
    public static String Found_end;
    public static String Found_text;
    public static String Unsupported_fuzzy;
    public static String Unsupported_boost;
    public static String Unsupported_regex;
    public static String DateMath_invalid;
    public static String DateMath_date;
    public static String DateMath_operation;
    public static String DateMath_unit;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
