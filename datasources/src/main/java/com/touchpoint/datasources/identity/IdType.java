package com.touchpoint.datasources.identity;

/** Kinds of identifier a record may carry, strongest first: a row's primary identifier is its first present one. */
public enum IdType {
    MEMBER, UNIONID, OPENID, PHONE, EMAIL, DEVICE, COOKIE, USER;

    public boolean isPersonal() {
        return this == PHONE || this == EMAIL;
    }

    /** True when this type is {@code other} or declared before it (MEMBER is the strongest). */
    public boolean isAtLeastAsStrongAs(IdType other) {
        return ordinal() <= other.ordinal();
    }
}
