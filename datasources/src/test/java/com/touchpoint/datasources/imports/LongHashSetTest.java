package com.touchpoint.datasources.imports;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongHashSetTest {

    @Test
    void addsEachValueOnceThroughGrowthLikeAHashSet() {
        LongHashSet set = new LongHashSet(16);
        Set<Long> expected = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            // Values from a small range repeat often; 0 is the table's empty marker and must still count.
            long value = i % 7 == 0 ? random.nextInt(1000) : random.nextLong();
            assertEquals(expected.add(value), set.add(value), "value " + value);
        }
        assertEquals(expected.size(), set.size());
        assertEquals(expected.add(Long.MIN_VALUE), set.add(Long.MIN_VALUE));
    }

    @Test
    void zeroIsAValueLikeAnyOther() {
        LongHashSet set = new LongHashSet(4);
        assertTrue(set.add(0));
        assertFalse(set.add(0));
        assertTrue(set.add(1));
        assertEquals(2, set.size());
    }
}
