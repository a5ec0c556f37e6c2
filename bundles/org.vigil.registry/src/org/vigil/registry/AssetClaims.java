package org.vigil.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which systems claim an asset: what the validator asks to warn about an address or a name that
 * two systems list. A store answers from its index; {@link #of(Collection)} answers from systems
 * in memory, as the CSV import does for the rows of a file.
 */
@FunctionalInterface
public interface AssetClaims {

    /** Claims by nobody. */
    AssetClaims NONE = (kind, canonical) -> List.of();

    /**
     * @param kind the asset's kind
     * @param canonical its canonical form ({@link Assets#canonical(Asset)})
     * @return the ids of the systems that list it, in any order
     */
    Collection<String> claimants(AssetKind kind, String canonical);

    /**
     * @param systems systems in memory
     * @return the claims of their valid assets
     */
    static AssetClaims of(Collection<InformationSystem> systems) {
        Map<String, List<String>> claims = new HashMap<>();
        for (InformationSystem system : systems) {
            for (Asset asset : system.assets()) {
                Assets.canonicalIfValid(asset).ifPresent(canonical -> claims
                        .computeIfAbsent(asset.kind() + " " + canonical, key -> new ArrayList<>()).add(system.id())); //$NON-NLS-1$
            }
        }
        return (kind, canonical) -> claims.getOrDefault(kind + " " + canonical, List.of()); //$NON-NLS-1$
    }

    /**
     * @param other claims consulted as well
     * @return claims that answer with the systems of both
     */
    default AssetClaims and(AssetClaims other) {
        return (kind, canonical) -> {
            List<String> all = new ArrayList<>(claimants(kind, canonical));
            other.claimants(kind, canonical).stream().filter(id -> !all.contains(id)).forEach(all::add);
            return all;
        };
    }
}
