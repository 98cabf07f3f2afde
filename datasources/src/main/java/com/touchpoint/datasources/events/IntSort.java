package com.touchpoint.datasources.events;

import java.util.Arrays;

/** A stable merge sort of ints by a comparator over them, without boxing millions of positions. */
final class IntSort {

    interface IntComparator {
        int compare(int a, int b);
    }

    private static final int INSERTION_BELOW = 16;

    private IntSort() {
    }

    static void sort(int[] values, IntComparator comparator) {
        sort(values, 0, values.length, comparator);
    }

    /** Sorts {@code values[from, to)}; a few values (a customer's events) are sorted in place, without a buffer. */
    static void sort(int[] values, int from, int to, IntComparator comparator) {
        if (to - from < INSERTION_BELOW) {
            insertionSort(values, from, to, comparator);
            return;
        }
        int[] part = Arrays.copyOfRange(values, from, to);
        mergeSort(part.clone(), part, 0, part.length, comparator);
        System.arraycopy(part, 0, values, from, part.length);
    }

    /** Sorts {@code from[lo, hi)} into {@code to[lo, hi)}; both hold the same values on entry. */
    private static void mergeSort(int[] from, int[] to, int lo, int hi, IntComparator comparator) {
        if (hi - lo < INSERTION_BELOW) {
            insertionSort(to, lo, hi, comparator);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(to, from, lo, mid, comparator);
        mergeSort(to, from, mid, hi, comparator);
        int left = lo;
        int right = mid;
        for (int k = lo; k < hi; k++) {
            if (right >= hi || left < mid && comparator.compare(from[left], from[right]) <= 0) {
                to[k] = from[left++];
            } else {
                to[k] = from[right++];
            }
        }
    }

    private static void insertionSort(int[] values, int from, int to, IntComparator comparator) {
        for (int i = from + 1; i < to; i++) {
            int value = values[i];
            int j = i - 1;
            while (j >= from && comparator.compare(values[j], value) > 0) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }
}
