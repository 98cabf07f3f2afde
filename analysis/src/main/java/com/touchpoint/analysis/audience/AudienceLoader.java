package com.touchpoint.analysis.audience;

import com.touchpoint.datasources.customers.CustomerAttributes;
import com.touchpoint.datasources.events.EventColumns;
import com.touchpoint.datasources.events.EventColumnsRepository;
import com.touchpoint.datasources.store.CustomerAttributesRepository;
import com.touchpoint.datasources.store.ProjectStore;

import java.util.function.LongConsumer;

/**
 * Loads a project's {@link AudienceData}: its events, every customer with properties, the item categories and the
 * stored tags, RFM scores and clusterings. Load once when the project opens and again after an import.
 */
public final class AudienceLoader {

    private AudienceLoader() {
    }

    /** @param progress receives the number of events read so far */
    public static AudienceData load(ProjectStore store, LongConsumer progress) {
        EventColumns events = new EventColumnsRepository(store).load(progress);
        CustomerAttributes attributes = new CustomerAttributesRepository(store).load();
        ResultStore results = new ResultStore(store);
        return results.withStoredResults(AudienceData.of(events, attributes, results.categories()));
    }
}
