package com.touchpoint.datasources.events;

/** A stable merge sort of ints by a comparator over them, without boxing millions of positions. */
final class IntSort {

    interface IntComparator {
        int compare(int a, int b);
    }

    private IntSort() {
    }

    static void sort(int[] values, IntComparator comparator) {
        int[] buffer = values.clone();
        mergeSort(buffer, values, 0, values.length, comparator);
    }

    /** Sorts {@code from[lo, hi)} into {@code to[lo, hi)}; both hold the same values on entry. */
    private static void mergeSort(int[] from, int[] to, int lo, int hi, IntComparator comparator) {
        if (hi - lo < 16) {
            for (int i = lo + 1; i < hi; i++) {
                int value = to[i];
                int j = i - 1;
                while (j >= lo && comparator.compare(to[j], value) > 0) {
                    to[j + 1] = to[j];
                    j--;
                }
                to[j + 1] = value;
            }
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
}
