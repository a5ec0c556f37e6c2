package org.vigil.cases;

import java.util.Objects;

/**
 * An information system a case affects: a reference to the system registry, or free text
 * until the system is registered. Either way {@link #name()} is what people read.
 *
 * @param registryId the system's id in the registry, or {@code null} for a free-text reference
 * @param name the system's name as shown
 * @param level its security level (1–5, Decree 85/2016) when known, or {@code null}
 */
public record SystemRef(String registryId, String name, Integer level) {

    /** Requires a name and a level from 1 to 5 when one is given. */
    public SystemRef {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        if (level != null && (level < 1 || level > 5)) {
            throw new IllegalArgumentException("level " + level); //$NON-NLS-1$
        }
    }

    /**
     * @param name the system as the operator wrote it
     * @return a free-text reference without a level
     */
    public static SystemRef text(String name) {
        return new SystemRef(null, name.strip(), null);
    }

    /** @return whether the reference points into the system registry */
    public boolean registered() {
        return registryId != null;
    }

    /** @return the key that tells two references apart: the registry id, else the name */
    public String key() {
        return registered() ? "registry:" + registryId : "text:" + name; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
