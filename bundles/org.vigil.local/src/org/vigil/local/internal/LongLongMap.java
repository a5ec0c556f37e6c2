package org.vigil.local.internal;

import java.util.Arrays;

/**
 * A map from long to long by open addressing, without a boxed key or value per entry: counting
 * pairs of values or numbering numeric values for each hit of a million must not allocate per hit.
 */
final class LongLongMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private long[] values;
    private boolean hasEmptyKey;
    private long emptyKeyValue;
    private int size;

    LongLongMap() {
        keys = new long[64];
        values = new long[64];
        Arrays.fill(keys, EMPTY);
    }

    /** @return how many keys the map holds */
    int size() {
        return size;
    }

    /**
     * @param key a key
     * @param delta what to add to its value (0 if absent)
     */
    void add(long key, long delta) {
        if (key == EMPTY) {
            size += hasEmptyKey ? 0 : 1;
            hasEmptyKey = true;
            emptyKeyValue += delta;
            return;
        }
        int slot = slot(key);
        if (keys[slot] != EMPTY) {
            values[slot] += delta;
            return;
        }
        keys[slot] = key;
        values[slot] = delta;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /**
     * @param key a key
     * @param absent the value it gets if it is new
     * @return its value, {@code absent} if it was new
     */
    long putIfAbsent(long key, long absent) {
        if (key == EMPTY) {
            if (!hasEmptyKey) {
                hasEmptyKey = true;
                emptyKeyValue = absent;
                size++;
            }
            return emptyKeyValue;
        }
        int slot = slot(key);
        if (keys[slot] != EMPTY) {
            return values[slot];
        }
        keys[slot] = key;
        values[slot] = absent;
        if (++size * 2 > keys.length) {
            grow();
        }
        return absent;
    }

    /** Empties the map, keeping its room. */
    void clear() {
        Arrays.fill(keys, EMPTY);
        hasEmptyKey = false;
        emptyKeyValue = 0;
        size = 0;
    }

    /** Receives each entry. */
    @FunctionalInterface
    interface EntryConsumer {
        void accept(long key, long value) throws java.io.IOException;
    }

    /** @param consumer receives every entry, in no particular order */
    void forEach(EntryConsumer consumer) throws java.io.IOException {
        if (hasEmptyKey) {
            consumer.accept(EMPTY, emptyKeyValue);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                consumer.accept(keys[i], values[i]);
            }
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        // A multiplicative mix spreads ordinals packed into the high and low halves over the table.
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
