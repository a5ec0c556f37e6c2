package org.vigil.cases;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.internal.Messages;
import org.vigil.core.model.IpLiterals;

/**
 * Validates and normalises observables, and guesses the type of a bare value. Never resolves
 * names: validating thousands of values must not turn into DNS lookups.
 */
public final class Observables {

    /** The field name invalid observables are reported under. */
    public static final String FIELD = "observables"; //$NON-NLS-1$

    private static final Pattern DOMAIN = Pattern
            .compile("(?=.{1,253}$)([a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?"); //$NON-NLS-1$
    private static final Pattern EMAIL_LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}"); //$NON-NLS-1$
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}"); //$NON-NLS-1$
    private static final List<String> URL_SCHEMES = List.of("http", "https", "ftp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final int MAX_NAME = 255;

    private Observables() {
    }

    /**
     * @param type the kind
     * @param value the value as typed or found; surrounding blanks are dropped
     * @return a valid observable, not an IOC, without a note
     * @throws InvalidCaseException naming {@value #FIELD}, the type, the value and what is wrong
     */
    public static Observable of(ObservableType type, String value) throws InvalidCaseException {
        return new Observable(type, normalise(type, value), false, ""); //$NON-NLS-1$
    }

    /**
     * @param observable an observable built without validation (read from a form or a file)
     * @return it with its value validated and normalised
     * @throws InvalidCaseException naming {@value #FIELD}, the type, the value and what is wrong
     */
    public static Observable validate(Observable observable) throws InvalidCaseException {
        return new Observable(observable.type(), normalise(observable.type(), observable.value()), observable.ioc(),
                observable.note());
    }

    /**
     * @param value a bare value
     * @return the type it is valid as: address, block, URL, e-mail, hash by length, domain; empty
     *         for anything else (an account or a file name cannot be told from its text)
     */
    public static Optional<ObservableType> detect(String value) {
        for (ObservableType type : List.of(ObservableType.IP, ObservableType.CIDR, ObservableType.URL,
                ObservableType.EMAIL, ObservableType.MD5, ObservableType.SHA1, ObservableType.SHA256,
                ObservableType.DOMAIN)) {
            try {
                normalise(type, value);
                return Optional.of(type);
            } catch (InvalidCaseException e) {
                // Not this type; the next one may fit.
            }
        }
        return Optional.empty();
    }

    /**
     * @param type the kind
     * @param value the value
     * @return the canonical form: addresses as the JDK writes them, domains, hashes and e-mail
     *         domains in lower case (domains in their ASCII form)
     * @throws InvalidCaseException if the value is not valid for the type
     */
    public static String normalise(ObservableType type, String value) throws InvalidCaseException {
        String text = value == null ? "" : value.strip(); //$NON-NLS-1$
        if (text.isEmpty() || CONTROL.matcher(text).find()) {
            throw invalid(type, text, Messages.Observable_empty);
        }
        return switch (type) {
            case IP -> ip(text).getHostAddress();
            case CIDR -> cidr(text);
            case DOMAIN -> domain(type, text);
            case URL -> url(text);
            case MD5, SHA1, SHA256 -> hash(type, text);
            case EMAIL -> email(text);
            case ACCOUNT, FILE_NAME -> name(type, text);
        };
    }

    private static InetAddress ip(String text) throws InvalidCaseException {
        return IpLiterals.parse(text).orElseThrow(() -> invalid(ObservableType.IP, text, Messages.Observable_notIp));
    }

    private static String cidr(String text) throws InvalidCaseException {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw invalid(ObservableType.CIDR, text, Messages.Observable_noPrefix);
        }
        InetAddress address = IpLiterals.parse(text.substring(0, slash))
                .orElseThrow(() -> invalid(ObservableType.CIDR, text, Messages.Observable_notIp));
        int max = address instanceof Inet4Address ? 32 : 128;
        try {
            int prefix = Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > max) {
                throw new NumberFormatException();
            }
            return address.getHostAddress() + "/" + prefix; //$NON-NLS-1$
        } catch (NumberFormatException e) {
            throw invalid(ObservableType.CIDR, text, NLS.bind(Messages.Observable_badPrefix, max));
        }
    }

    private static String domain(ObservableType type, String text) throws InvalidCaseException {
        try {
            String ascii = IDN.toASCII(text.endsWith(".") ? text.substring(0, text.length() - 1) : text) //$NON-NLS-1$
                    .toLowerCase(Locale.ROOT);
            if (DOMAIN.matcher(ascii).matches() && IpLiterals.parse(ascii).isEmpty()) {
                return ascii;
            }
        } catch (IllegalArgumentException e) {
            // Not encodable as a host name: reported below like any other malformed name.
        }
        throw invalid(type, text, Messages.Observable_notDomain);
    }

    private static String url(String text) throws InvalidCaseException {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || !URL_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw invalid(ObservableType.URL, text, Messages.Observable_notUrl);
            }
            return text;
        } catch (URISyntaxException e) {
            throw invalid(ObservableType.URL, text, Messages.Observable_notUrl);
        }
    }

    private static String hash(ObservableType type, String text) throws InvalidCaseException {
        int digits = switch (type) {
            case MD5 -> 32;
            case SHA1 -> 40;
            default -> 64;
        };
        if (text.length() != digits) {
            throw invalid(type, text, NLS.bind(Messages.Observable_hashLength, digits, text.length()));
        }
        if (!text.chars().allMatch(HexFormat::isHexDigit)) {
            throw invalid(type, text, Messages.Observable_notHex);
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static String email(String text) throws InvalidCaseException {
        int at = text.lastIndexOf('@');
        if (at < 1 || !EMAIL_LOCAL.matcher(text.substring(0, at)).matches()) {
            throw invalid(ObservableType.EMAIL, text, Messages.Observable_notEmail);
        }
        try {
            return text.substring(0, at) + "@" + domain(ObservableType.EMAIL, text.substring(at + 1)); //$NON-NLS-1$
        } catch (InvalidCaseException e) {
            throw invalid(ObservableType.EMAIL, text, Messages.Observable_notEmail);
        }
    }

    private static String name(ObservableType type, String text) throws InvalidCaseException {
        if (text.length() > MAX_NAME) {
            throw invalid(type, text, NLS.bind(Messages.Observable_tooLong, MAX_NAME));
        }
        return text;
    }

    private static InvalidCaseException invalid(ObservableType type, String value, String reason) {
        return new InvalidCaseException(FIELD, NLS.bind(Messages.Observable_invalid,
                new Object[] { Labels.of(Locale.getDefault()).label(type), value, reason }));
    }
}
