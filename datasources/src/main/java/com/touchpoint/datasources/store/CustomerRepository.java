package com.touchpoint.datasources.store;

import com.touchpoint.datasources.mapping.MappedRow.CustomerRow;
import com.touchpoint.datasources.schema.tables.records.CustomerRecord;
import org.jooq.DSLContext;

import java.util.List;
import java.util.function.Consumer;

import static com.touchpoint.datasources.schema.Tables.CUSTOMER;

/** Customer attributes (from CRM files), one row per global id; a later import fills or replaces values it has. */
public final class CustomerRepository {

    private final DSLContext tx;

    /** @param tx the import's final transaction, which these rows become part of */
    public CustomerRepository(DSLContext tx) {
        this.tx = tx;
    }

    /** Returns false when the stored customer already had exactly these values (a duplicate row). */
    public boolean upsert(long globalId, CustomerRow row) {
        CustomerRecord customer = tx.selectFrom(CUSTOMER).where(CUSTOMER.GLOBAL_ID.eq(globalId)).fetchOne();
        boolean isNew = customer == null;
        if (isNew) {
            customer = tx.newRecord(CUSTOMER);
            customer.setGlobalId(globalId);
        }
        List<Object> before = customer.intoList();
        setIfPresent(customer::setDisplayName, row.displayName());
        setIfPresent(customer::setGender, row.gender());
        setIfPresent(customer::setBirthDate, row.birthDate());
        setIfPresent(customer::setCity, row.city());
        setIfPresent(customer::setMemberLevel, row.memberLevel());
        setIfPresent(customer::setSignupTime, row.signupUtc());
        setIfPresent(customer::setAttributes, row.attributes());
        boolean changed = isNew || !before.equals(customer.intoList());
        if (changed) {
            customer.store();
        }
        return changed;
    }

    private static <T> void setIfPresent(Consumer<T> setter, T value) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
