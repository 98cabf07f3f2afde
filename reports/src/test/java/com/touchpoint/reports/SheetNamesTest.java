package com.touchpoint.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void forbiddenCharactersBecomeUnderscores() {
        assertEquals("a_b_c_d_e_f_g_", SheetNames.sanitise("a[b]c:d*e?f/g\\"));
    }

    @Test
    void apostrophesAndBlanksAtTheEndsAreDroppedAndEmptyNamesGetADefault() {
        assertEquals("Bob's plan", SheetNames.sanitise(" 'Bob's plan' "));
        assertEquals("Sheet", SheetNames.sanitise("  "));
        assertEquals("Sheet", SheetNames.sanitise("''"));
    }

    @Test
    void theReservedNameHistoryIsAvoided() {
        assertEquals("history_", SheetNames.sanitise("history"));
    }

    @Test
    void longNamesAreCutTo31CharactersWithoutSplittingASurrogatePair() {
        assertEquals("x".repeat(31), SheetNames.sanitise("x".repeat(40)));
        // 30 x then an emoji (2 chars): cutting at 31 would leave half the pair, so the emoji goes.
        assertEquals("x".repeat(30), SheetNames.sanitise("x".repeat(30) + "😀y"));
    }

    @Test
    void namesAreUniqueIgnoringCaseAndPartsAreNumbered() {
        SheetNames names = new SheetNames();
        assertEquals("Report", names.claim("Report", 1));
        assertEquals("Report (2)", names.claim("Report", 2));
        assertEquals("REPORT (3)", names.claim("REPORT", 1));
        // "Report (2)" is taken by the split above, so a sheet asking for it gets a further number.
        assertEquals("Report (2) (2)", names.claim("Report (2)", 1));
    }

    @Test
    void partNumbersFitWithinTheLengthLimit() {
        SheetNames names = new SheetNames();
        String longName = "Campaign performance by channel";
        assertEquals(31, longName.length());
        assertEquals(longName, names.claim(longName, 1));
        assertEquals("Campaign performance by cha (2)", names.claim(longName, 2));
        assertEquals("Campaign performance by ch (10)", names.claim(longName, 10));
    }
}
