package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The primitive map behind pair counts and number ids keeps every key through its growth. */
class LongLongMapTest {

    @Test
    void countsSurviveGrowthAndClear() throws Exception {
        LongLongMap map = new LongLongMap();
        Map<Long, Long> expected = new HashMap<>();
        for (long i = 0; i < 10_000; i++) {
            long key = (i % 3_000) << 32 | (i % 7);
            map.add(key, 1);
            expected.merge(key, 1L, Long::sum);
        }
        map.add(Long.MIN_VALUE, 5);

        Map<Long, Long> actual = new HashMap<>();
        map.forEach(actual::put);
        expected.put(Long.MIN_VALUE, 5L);
        assertEquals(expected, actual);
        assertEquals(expected.size(), map.size());

        map.clear();
        map.add(42, 1);
        Map<Long, Long> afterClear = new HashMap<>();
        map.forEach(afterClear::put);
        assertEquals(Map.of(42L, 1L), afterClear);
    }

    @Test
    void putIfAbsentKeepsTheFirstValue() {
        LongLongMap map = new LongLongMap();

        assertEquals(0, map.putIfAbsent(-7, 0));
        assertEquals(0, map.putIfAbsent(-7, 1));
        assertEquals(1, map.putIfAbsent(Long.MIN_VALUE, 1));
        assertEquals(1, map.putIfAbsent(Long.MIN_VALUE, 2));
        assertEquals(2, map.size());
    }
}
