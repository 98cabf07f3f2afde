package com.touchpoint.datasources.mapping;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.touchpoint.datasources.mapping.CanonicalField.*;

/**
 * Guesses what a file holds from the fields its header names: a path report (path with conversion counts), an ad
 * spend report (cost and no identifiers), customer records (customer attributes, or identifiers without any time,
 * and nothing event-like), orders
 * (an order id or revenue but no event type), and otherwise events.
 */
public final class KindDetector {
    private static final Set<CanonicalField> CUSTOMER_ATTRIBUTES =
            EnumSet.of(NAME, GENDER, BIRTH_DATE, CITY, MEMBER_LEVEL, SIGNUP_TIME);

    private KindDetector() {
    }

    public static FileKind detect(List<String> header) {
        Set<CanonicalField> found = EnumSet.noneOf(CanonicalField.class);
        header.forEach(column -> HeaderMatcher.match(column).ifPresent(found::add));
        boolean identified = found.stream().anyMatch(CanonicalField::isIdentifier);
        if (found.contains(PATH) && (found.contains(CONVERSIONS) || found.contains(NON_CONVERSIONS))) {
            return FileKind.PATHS;
        }
        if (!identified && (found.contains(COST)
                || found.contains(SPEND_DATE) && (found.contains(IMPRESSIONS) || found.contains(CLICKS)))) {
            return FileKind.SPEND;
        }
        boolean eventLike = found.contains(EVENT_TYPE) || found.contains(ORDER_ID) || found.contains(REVENUE);
        long attributes = found.stream().filter(CUSTOMER_ATTRIBUTES::contains).count();
        boolean timed = found.contains(EVENT_TIME);
        if (!eventLike && (attributes >= 2 || !timed && (attributes == 1 || identified))) {
            return FileKind.CUSTOMERS;
        }
        if (!found.contains(EVENT_TYPE) && (found.contains(ORDER_ID) || found.contains(REVENUE))) {
            return FileKind.ORDERS;
        }
        return FileKind.EVENTS;
    }
}
