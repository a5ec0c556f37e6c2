package org.vigil.demo;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The registry of the demo province as the registry's CSV template (Vietnamese headers): 23
 * agencies and 31 information systems whose addresses, host names, domains and URLs are those
 * the demo events use (agency n has the network 10.n.0.0/16, its portal 10.n.1.10 and
 * {@code <code>.demo-province.gov.vn}), with mixed levels and some dossiers late. Like the
 * events, it is fixed data: the same on every start.
 */
public final class DemoRegistry {

    /** The name of the agencies file, for import reports. */
    public static final String AGENCIES = "demo-agencies.csv"; //$NON-NLS-1$
    /** The name of the systems file, for import reports. */
    public static final String SYSTEMS = "demo-systems.csv"; //$NON-NLS-1$

    private DemoRegistry() {
    }

    /** @return the agencies file, UTF-8; close it after reading */
    public static Reader agencies() {
        return open(AGENCIES);
    }

    /** @return the systems file, UTF-8; close it after reading */
    public static Reader systems() {
        return open(SYSTEMS);
    }

    private static Reader open(String name) {
        InputStream in = DemoRegistry.class.getResourceAsStream("/data/" + name); //$NON-NLS-1$
        if (in == null) {
            throw new IllegalStateException("the demo bundle lacks data/" + name); //$NON-NLS-1$
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
