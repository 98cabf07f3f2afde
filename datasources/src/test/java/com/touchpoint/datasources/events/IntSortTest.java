package com.touchpoint.datasources.events;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IntSortTest {

    @Test
    void sortsLikeTheLibrarysStableSortIncludingTies() {
        Random random = new Random(7);
        for (int n : new int[]{0, 1, 15, 16, 17, 1000, 100_003}) {
            int[] keys = random.ints(n, 0, Math.max(1, n / 10)).toArray();
            int[] positions = new int[n];
            Arrays.setAll(positions, i -> i);

            IntSort.sort(positions, (a, b) -> Integer.compare(keys[a], keys[b]));

            Integer[] expected = Arrays.stream(keys).boxed().toArray(Integer[]::new);
            Integer[] order = new Integer[n];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingInt(i -> expected[i]));
            assertArrayEquals(Arrays.stream(order).mapToInt(Integer::intValue).toArray(), positions, "n = " + n);
        }
    }

    @Test
    void sortsOnlyTheRangeGiven() {
        int[] big = new int[40];
        Arrays.setAll(big, i -> 39 - i);
        int[] small = {5, 4, 3, 2, 1, 0};

        IntSort.sort(small, 1, 5, (a, b) -> Integer.compare(a, b));
        IntSort.sort(big, 5, 35, (a, b) -> Integer.compare(a, b));

        assertArrayEquals(new int[]{5, 1, 2, 3, 4, 0}, small);
        for (int i = 0; i < 40; i++) {
            int expected = i < 5 || i >= 35 ? 39 - i : i;
            assertEquals(expected, big[i], "position " + i);
        }
    }
}
