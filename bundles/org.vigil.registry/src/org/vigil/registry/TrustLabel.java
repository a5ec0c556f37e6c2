package org.vigil.registry;

/**
 * The network-trust label (nhãn tín nhiệm mạng, tinnhiemmang.vn) of a website. Which fields the
 * label carries is not published, so Vigil keeps a reference (label code or its page) and the
 * date it runs out.
 *
 * @param reference the label's code or URL, or empty when the site has none
 * @param validUntil when it expires, or {@code null}
 */
public record TrustLabel(String reference, java.time.LocalDate validUntil) {

    /** No label. */
    public static final TrustLabel NONE = new TrustLabel("", null); //$NON-NLS-1$

    /** Turns a missing reference into empty text. */
    public TrustLabel {
        reference = reference == null ? "" : reference.strip(); //$NON-NLS-1$
    }
}
