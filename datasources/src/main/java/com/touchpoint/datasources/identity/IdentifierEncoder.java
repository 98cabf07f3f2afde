package com.touchpoint.datasources.identity;

/** Turns a raw identifier into the value the project matches and stores: normalised first, then pseudonymised. */
public final class IdentifierEncoder {

    private final IdentifierNormalizer normalizer;
    private final Pseudonymizer pseudonymizer;

    public IdentifierEncoder(IdentifierNormalizer normalizer, Pseudonymizer pseudonymizer) {
        this.normalizer = normalizer;
        this.pseudonymizer = pseudonymizer;
    }

    /**
     * @return the stored value, or null when the raw value is absent
     * @throws InvalidIdentifierException when the value is present but unusable; the message is the reason
     */
    public String encode(IdType type, String raw) throws InvalidIdentifierException {
        return pseudonymizer.storedValue(type, normalizer.normalize(type, raw));
    }
}
