package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.identity.IdType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.touchpoint.datasources.mapping.FileKind.CUSTOMERS;
import static com.touchpoint.datasources.mapping.FileKind.EVENTS;
import static com.touchpoint.datasources.mapping.FileKind.ORDERS;
import static com.touchpoint.datasources.mapping.FileKind.PATHS;
import static com.touchpoint.datasources.mapping.FileKind.SPEND;

/**
 * The fields of the canonical model that file columns map to, with the kinds of file each belongs to and the type of
 * value it holds. Identifier fields come first, in {@link IdType} order (strongest first).
 */
public enum CanonicalField {
    MEMBER_ID(IdType.MEMBER),
    UNIONID(IdType.UNIONID),
    OPENID(IdType.OPENID),
    PHONE(IdType.PHONE),
    EMAIL(IdType.EMAIL),
    DEVICE_ID(IdType.DEVICE),
    COOKIE_ID(IdType.COOKIE),
    USER_ID(IdType.USER),

    EVENT_TIME(ValueType.TIME, EVENTS, ORDERS),
    CHANNEL(ValueType.TEXT, EVENTS, ORDERS, SPEND),
    EVENT_TYPE(ValueType.TEXT, EVENTS, ORDERS),
    CAMPAIGN(ValueType.TEXT, EVENTS, ORDERS, SPEND),
    ITEM(ValueType.TEXT, EVENTS, ORDERS),
    ORDER_ID(ValueType.TEXT, EVENTS, ORDERS),
    REVENUE(ValueType.DECIMAL, EVENTS, ORDERS),

    NAME(ValueType.TEXT, CUSTOMERS),
    GENDER(ValueType.TEXT, CUSTOMERS),
    BIRTH_DATE(ValueType.DATE, CUSTOMERS),
    CITY(ValueType.TEXT, CUSTOMERS),
    MEMBER_LEVEL(ValueType.TEXT, CUSTOMERS),
    SIGNUP_TIME(ValueType.TIME, CUSTOMERS),

    SPEND_DATE(ValueType.DATE, SPEND),
    COST(ValueType.DECIMAL, SPEND),
    IMPRESSIONS(ValueType.WHOLE, SPEND),
    CLICKS(ValueType.WHOLE, SPEND),

    PATH(ValueType.TEXT, PATHS),
    CONVERSIONS(ValueType.WHOLE, PATHS),
    CONVERSION_VALUE(ValueType.DECIMAL, PATHS),
    NON_CONVERSIONS(ValueType.WHOLE, PATHS);

    /** What a field's values are parsed into. */
    public enum ValueType { IDENTIFIER, TEXT, TIME, DATE, DECIMAL, WHOLE }

    private final ValueType valueType;
    private final IdType idType;
    private final Set<FileKind> kinds;

    CanonicalField(IdType idType) {
        this.valueType = ValueType.IDENTIFIER;
        this.idType = idType;
        this.kinds = EnumSet.of(EVENTS, ORDERS, CUSTOMERS);
    }

    CanonicalField(ValueType valueType, FileKind first, FileKind... more) {
        this.valueType = valueType;
        this.idType = null;
        this.kinds = EnumSet.of(first, more);
    }

    public ValueType valueType() {
        return valueType;
    }

    /** The identifier type, or null for a field that is not an identifier. */
    public IdType idType() {
        return idType;
    }

    public boolean isIdentifier() {
        return idType != null;
    }

    public boolean belongsTo(FileKind kind) {
        return kinds.contains(kind);
    }

    /** The field's name in messages: {@code event_time}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<CanonicalField> fieldsOf(FileKind kind) {
        return Arrays.stream(values()).filter(field -> field.belongsTo(kind)).toList();
    }

    public static List<CanonicalField> identifiers() {
        return Arrays.stream(values()).filter(CanonicalField::isIdentifier).toList();
    }
}
