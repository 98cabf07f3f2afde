package com.touchpoint.datasources.store;

import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.identity.IdentifierEncoder;
import com.touchpoint.datasources.identity.IdentifierNormalizer;
import com.touchpoint.datasources.identity.InvalidIdentifierException;
import com.touchpoint.datasources.identity.Pseudonymizer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static com.touchpoint.datasources.schema.Tables.CUSTOMER;
import static com.touchpoint.datasources.schema.Tables.IDENTIFIER;

/**
 * One stitched customer as the customer view shows it (its identifiers and attributes), and finding customers by an
 * identifier the analyst types. The identifier table has no index on its values or global ids (the import keeps them
 * in memory), so both lookups scan it; on a few million identifiers that takes well under a second.
 */
public final class CustomerProfileRepository {

    /** What {@link Pseudonymizer} makes of a personal value: 32 lower-case hex characters. */
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{32}");

    private final DSLContext dsl;
    private final ProjectSettings settings;

    public CustomerProfileRepository(ProjectStore store) {
        this.dsl = store.dsl();
        this.settings = new ProjectSettings(store);
    }

    /** An identifier of a customer as stored; a pseudonymised value is the hash, not the phone number or address. */
    public record Identifier(IdType type, String value, boolean pseudonymised, boolean shared) {
    }

    /** The attributes a CRM import gave a customer; any of them may be null. Signup time is UTC. */
    public record Attributes(String name, String gender, LocalDate birthDate, String city, String memberLevel,
                             LocalDateTime signupUtc, String otherAttributesJson) {
    }

    /** A stored identifier matching what the analyst typed, and the customer it belongs to. */
    public record Match(IdType type, long globalId) {
    }

    /** The customer's identifiers, strongest type first (member id before phone before device …), then by value. */
    public List<Identifier> identifiers(long globalId) {
        return dsl.select(IDENTIFIER.ID_TYPE, IDENTIFIER.ID_VALUE, IDENTIFIER.SHARED).from(IDENTIFIER)
                .where(IDENTIFIER.GLOBAL_ID.eq(globalId))
                .fetch(r -> identifier(IdType.valueOf(r.value1()), r.value2(), r.value3()))
                .stream()
                .sorted(Comparator.comparing(Identifier::type).thenComparing(Identifier::value))
                .toList();
    }

    /** The customer's attributes, or empty when no CRM file described this customer. */
    public Optional<Attributes> attributes(long globalId) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.GLOBAL_ID.eq(globalId)).fetchOptional(r -> new Attributes(
                r.getDisplayName(), r.getGender(), r.getBirthDate(), r.getCity(), r.getMemberLevel(),
                r.getSignupTime(), r.getAttributes()));
    }

    /**
     * The customers having an identifier the analyst typed: the text is normalised and pseudonymised exactly as an
     * import does (so "138-0013-8000" finds the phone stored from "+86 13800138000"), tried as every type of
     * identifier it can be. Personal values are looked up both hashed and in clear, as a project may have switched
     * pseudonymisation after earlier imports. Strongest type first; one match per customer and type.
     */
    public List<Match> find(String typed) {
        List<IdentifierEncoder> encoders = List.of(
                new IdentifierEncoder(new IdentifierNormalizer(), Pseudonymizer.withSalt(settings.salt())),
                new IdentifierEncoder(new IdentifierNormalizer(), Pseudonymizer.disabled()));
        List<Condition> candidates = new ArrayList<>();
        for (IdType type : IdType.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (IdentifierEncoder encoder : encoders) {
                try {
                    String value = encoder.encode(type, typed);
                    if (value != null) {
                        values.add(value);
                    }
                } catch (InvalidIdentifierException notThisType) {
                    // "abc" is no phone number: the text is simply not looked up as one.
                }
            }
            if (!values.isEmpty()) {
                candidates.add(IDENTIFIER.ID_TYPE.eq(type.name()).and(IDENTIFIER.ID_VALUE.in(values)));
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        return dsl.selectDistinct(IDENTIFIER.ID_TYPE, IDENTIFIER.GLOBAL_ID).from(IDENTIFIER)
                .where(DSL.or(candidates))
                .fetch(r -> new Match(IdType.valueOf(r.value1()), r.value2()))
                .stream()
                .sorted(Comparator.comparing(Match::type).thenComparingLong(Match::globalId))
                .toList();
    }

    private static Identifier identifier(IdType type, String value, boolean shared) {
        return new Identifier(type, value, type.isPersonal() && HASH.matcher(value).matches(), shared);
    }
}
