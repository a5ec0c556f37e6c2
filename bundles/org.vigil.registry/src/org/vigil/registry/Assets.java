package org.vigil.registry;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.IpLiterals;
import org.vigil.registry.internal.Messages;

/**
 * Checks asset values and gives their canonical form, the one duplicates are found by and the
 * matcher indexes: addresses as Java writes them, networks with their prefix, names in lower
 * case ASCII (internationalised names in their {@code xn--} form) without a trailing dot, URLs as
 * host and path (scheme, port, query and fragment do not tell systems apart).
 */
public final class Assets {

    /** The prefix that makes a domain a wildcard for every name below it. */
    public static final String WILDCARD = "*."; //$NON-NLS-1$

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"); //$NON-NLS-1$
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?"); //$NON-NLS-1$
    private static final Pattern DIGITS = Pattern.compile("\\d+"); //$NON-NLS-1$
    private static final int MAX_NAME = 253;

    private Assets() {
    }

    /**
     * @param asset an asset as entered
     * @return its canonical form
     * @throws IllegalArgumentException with a message for people when the value is not valid for its kind
     */
    public static String canonical(Asset asset) {
        String value = asset.value();
        return switch (asset.kind()) {
            case IP -> address(value).orElseThrow(() -> invalid(Messages.Asset_badIp, value)).getHostAddress();
            case CIDR -> network(value);
            case HOSTNAME -> name(value, false, HOST_LABEL).orElseThrow(() -> invalid(Messages.Asset_badHostname, value));
            case DOMAIN -> domain(value);
            case URL -> url(value);
        };
    }

    /**
     * @param asset an asset as entered
     * @return its canonical form, or empty when it is not valid
     */
    public static Optional<String> canonicalIfValid(Asset asset) {
        try {
            return Optional.of(canonical(asset));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @param text a domain, possibly internationalised, possibly with a trailing dot
     * @return it in lower-case ASCII without the trailing dot, if it is a valid domain of two labels or more
     */
    public static Optional<String> domainName(String text) {
        return name(text, true, LABEL);
    }

    private static Optional<InetAddress> address(String text) {
        return text.contains("%") ? Optional.empty() : IpLiterals.parse(text); //$NON-NLS-1$
    }

    private static String network(String value) {
        int slash = value.indexOf('/');
        InetAddress address = slash < 0 ? null : address(value.substring(0, slash)).orElse(null);
        if (address == null || !DIGITS.matcher(value.substring(slash + 1)).matches()) {
            throw invalid(Messages.Asset_badCidr, value);
        }
        int bits = address instanceof Inet4Address ? 32 : 128;
        int prefix = value.length() - slash > 4 ? Integer.MAX_VALUE : Integer.parseInt(value.substring(slash + 1));
        if (prefix > bits) {
            throw new IllegalArgumentException(NLS.bind(Messages.Asset_badPrefix, value, bits));
        }
        byte[] bytes = address.getAddress();
        byte[] network = bytes.clone();
        for (int bit = prefix; bit < bits; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        String canonical = hostAddress(network) + "/" + prefix; //$NON-NLS-1$
        if (!java.util.Arrays.equals(bytes, network)) {
            throw new IllegalArgumentException(NLS.bind(Messages.Asset_hostBits, value, canonical));
        }
        return canonical;
    }

    private static String hostAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e); // 4 or 16 bytes always make an address
        }
    }

    private static String domain(String value) {
        boolean wildcard = value.startsWith(WILDCARD);
        return name(wildcard ? value.substring(WILDCARD.length()) : value, true, LABEL)
                .map(name -> wildcard ? WILDCARD + name : name)
                .orElseThrow(() -> invalid(Messages.Asset_badDomain, value));
    }

    private static Optional<String> name(String text, boolean needsDot, Pattern label) {
        String name = text.strip();
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name; //$NON-NLS-1$
        try {
            name = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] labels = name.split("\\.", -1); //$NON-NLS-1$
        boolean valid = !name.isEmpty() && name.length() <= MAX_NAME && (!needsDot || labels.length > 1)
                && !DIGITS.matcher(labels[labels.length - 1]).matches();
        for (int i = 0; valid && i < labels.length; i++) {
            valid = label.matcher(labels[i]).matches();
        }
        return valid ? Optional.of(name) : Optional.empty();
    }

    private static String url(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
            String host = uri.getHost();
            if (!scheme.equals("http") && !scheme.equals("https") || host == null) { //$NON-NLS-1$ //$NON-NLS-2$
                throw invalid(Messages.Asset_badUrl, value);
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(); //$NON-NLS-1$
            return urlHost(host, value) + path;
        } catch (URISyntaxException e) {
            throw invalid(Messages.Asset_badUrl, value);
        }
    }

    private static String urlHost(String host, String url) {
        if (host.startsWith("[")) { //$NON-NLS-1$
            return "[" + address(host.substring(1, host.length() - 1)) //$NON-NLS-1$
                    .orElseThrow(() -> invalid(Messages.Asset_badUrl, url)).getHostAddress() + "]"; //$NON-NLS-1$
        }
        Optional<InetAddress> address = address(host);
        if (address.isPresent()) {
            return address.get().getHostAddress();
        }
        return name(host, false, HOST_LABEL).orElseThrow(() -> invalid(Messages.Asset_badUrl, url));
    }

    private static IllegalArgumentException invalid(String message, String value) {
        return new IllegalArgumentException(NLS.bind(message, value));
    }
}
