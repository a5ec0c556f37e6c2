package org.vigil.registry.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-prefix matching of addresses against networks, as sorted ranges: nested networks are
 * flattened once, at build time, into disjoint ranges each labelled with its most specific
 * network, so that a lookup is one binary search over two arrays of {@code long}s, without
 * allocation and without the pointer chasing of a bit trie. Addresses are 128-bit numbers
 * (high and low 64 bits, compared unsigned); IPv4 uses the low 32 bits of a separate instance.
 *
 * @param <V> what a network maps to
 */
public final class AddressRanges<V> {

    private final long[] startHigh;
    private final long[] startLow;
    private final Object[] values;

    private AddressRanges(List<long[]> starts, List<V> values) {
        this.startHigh = starts.stream().mapToLong(start -> start[0]).toArray();
        this.startLow = starts.stream().mapToLong(start -> start[1]).toArray();
        this.values = values.toArray();
    }

    /** Collects networks; {@link #build()} flattens them. */
    public static final class Builder<V> {

        private final int width;
        private final Map<Network, List<V>> networks = new LinkedHashMap<>();

        /** @param width 32 for IPv4, 128 for IPv6 */
        public Builder(int width) {
            this.width = width;
        }

        /**
         * @param high the network address's high 64 bits (0 for IPv4)
         * @param low its low 64 bits
         * @param prefix the prefix length, 0 to the width
         * @param value what addresses in it map to; several values of the same network are all kept
         * @return this builder
         */
        public Builder<V> add(long high, long low, int prefix, V value) {
            networks.computeIfAbsent(new Network(high, low, prefix, width), n -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * @param merge turns the values of one network into what a lookup returns
         * @return the ranges
         */
        public <R> AddressRanges<R> build(java.util.function.Function<List<V>, R> merge) {
            List<Network> sorted = new ArrayList<>(networks.keySet());
            sorted.sort(Comparator.<Network, Long>comparing(Network::high, Long::compareUnsigned)
                    .thenComparing(Network::low, Long::compareUnsigned).thenComparingInt(Network::prefix));
            Flattening<R> flat = new Flattening<>();
            Deque<Network> open = new ArrayDeque<>();
            Map<Network, R> merged = new LinkedHashMap<>();
            sorted.forEach(network -> merged.put(network, merge.apply(networks.get(network))));
            for (Network network : sorted) {
                while (!open.isEmpty() && open.peek().endsBefore(network)) {
                    flat.close(open.pop(), open.isEmpty() ? null : merged.get(open.peek()));
                }
                flat.mark(network.high(), network.low(), merged.get(network));
                open.push(network);
            }
            while (!open.isEmpty()) {
                flat.close(open.pop(), open.isEmpty() ? null : merged.get(open.peek()));
            }
            return new AddressRanges<>(flat.starts, flat.values);
        }
    }

    /**
     * @param high the address's high 64 bits (0 for IPv4)
     * @param low its low 64 bits
     * @return what its most specific network maps to, or null when no network holds it
     */
    @SuppressWarnings("unchecked")
    public V find(long high, long low) {
        int lo = 0;
        int hi = startHigh.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int order = Long.compareUnsigned(startHigh[mid], high);
            if (order < 0 || order == 0 && Long.compareUnsigned(startLow[mid], low) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? null : (V) values[found];
    }

    /** @return how many ranges the networks were flattened into */
    public int ranges() {
        return values.length;
    }

    /** A network as its first and last address. */
    private record Network(long high, long low, int prefix, int width) {

        long lastHigh() {
            int hostBits = width - prefix;
            return hostBits <= 64 ? high : high | (hostBits == 128 ? -1L : (1L << (hostBits - 64)) - 1);
        }

        long lastLow() {
            int hostBits = width - prefix;
            return hostBits >= 64 ? low | -1L : low | (1L << hostBits) - 1;
        }

        boolean endsBefore(Network other) {
            int order = Long.compareUnsigned(lastHigh(), other.high());
            return order < 0 || order == 0 && Long.compareUnsigned(lastLow(), other.low()) < 0;
        }
    }

    /** The ranges being written: a start address and what the addresses from it on map to. */
    private static final class Flattening<R> {

        final List<long[]> starts = new ArrayList<>();
        final List<R> values = new ArrayList<>();

        void mark(long high, long low, R value) {
            int last = starts.size() - 1;
            if (last >= 0 && starts.get(last)[0] == high && starts.get(last)[1] == low) {
                values.set(last, value);
            } else {
                starts.add(new long[] { high, low });
                values.add(value);
            }
        }

        /** The addresses after a closed network fall back to the network around it, or to none. */
        void close(Network network, R enclosing) {
            long high = network.lastHigh();
            long low = network.lastLow() + 1;
            if (low == 0) {
                if (high == -1L) {
                    return; // the network ends at the last address: nothing comes after it
                }
                high++;
            }
            mark(high, low, enclosing);
        }
    }
}
