package org.vigil.registry.internal;

import java.util.Map;

/**
 * Exact and wildcard lookups of DNS names without allocating: an open-addressing table whose
 * keys are hashed from their last character to their first. Hashing a looked-up name in the same
 * direction yields, at each dot, the hash of the suffix after it, so one pass over the name
 * probes every parent domain ({@code a.b.example.gov.vn} probes {@code vn}, {@code gov.vn}…)
 * as the reversed-label walk of a trie would, but over flat arrays. Names compare in ASCII lower
 * case; keys must already be lower case.
 *
 * @param <V> what a name maps to
 */
public final class NameTable<V> {

    private static final int EMPTY_MASK = 0;

    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;

    /** @param entries lower-case names and their values */
    public NameTable(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        mask = entries.isEmpty() ? EMPTY_MASK : capacity - 1;
        entries.forEach(this::put);
    }

    private void put(String key, V value) {
        int hash = hash(key, 0, key.length());
        int slot = spread(hash) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
    }

    /**
     * @param text holds the name
     * @param start its first character
     * @param end after its last character
     * @return the value of exactly that name, or null
     */
    public V exact(CharSequence text, int start, int end) {
        return mask == EMPTY_MASK ? null : probe(text, start, end, hash(text, start, end));
    }

    /**
     * @param text holds the name
     * @param start its first character
     * @param end after its last character
     * @return the value of the longest proper parent domain of the name in the table (for
     *         {@code a.b.example.gov.vn}: {@code b.example.gov.vn} before {@code example.gov.vn}),
     *         or null
     */
    public V longestParent(CharSequence text, int start, int end) {
        if (mask == EMPTY_MASK) {
            return null;
        }
        V found = null;
        int hash = 0;
        for (int i = end - 1; i > start; i--) {
            char c = text.charAt(i);
            if (c == '.') {
                V parent = probe(text, i + 1, end, hash);
                found = parent == null ? found : parent;
            }
            hash = 31 * hash + lower(c);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private V probe(CharSequence text, int start, int end, int hash) {
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && equal(keys[slot], text, start, end)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    private static boolean equal(String key, CharSequence text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int hash = 0;
        for (int i = end - 1; i >= start; i--) {
            hash = 31 * hash + lower(text.charAt(i));
        }
        return hash;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
