package com.touchpoint.datasources.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings raw identifier values to the form they are matched and stored in: phone numbers as E.164 digits without
 * '+', e-mail addresses lower-cased, everything else trimmed. Empty and placeholder values count as absent.
 * Thread-safe.
 */
public final class IdentifierNormalizer {

    /** Calling code assumed for phone numbers written without one. */
    public static final String DEFAULT_COUNTRY_CODE = "86";
    /** Longest value the project store keeps (the width of {@code identifier.id_value}). */
    public static final int MAX_LENGTH = 256;

    private static final int MIN_INTERNATIONAL_DIGITS = 7;
    private static final int MAX_INTERNATIONAL_DIGITS = 15;
    /** A national number shorter than this lacks its area code, so it cannot be placed. */
    private static final int MIN_NATIONAL_DIGITS = 9;
    private static final String[] PLACEHOLDERS = {"null", "(null)", "undefined", "nil", "none", "n/a", "nan"};
    private static final Pattern SCIENTIFIC = Pattern.compile("\\+?\\d+(\\.\\d+)?[eE][+-]?\\d+");
    /** "13800138000.0": a number column written out as a float. */
    private static final Pattern WHOLE_DECIMAL = Pattern.compile("(\\+?\\d+)\\.0+");

    private final String countryCode;

    public IdentifierNormalizer() {
        this(DEFAULT_COUNTRY_CODE);
    }

    /** @param countryCode calling code (1 to 3 digits) assumed for phone numbers written without one */
    public IdentifierNormalizer(String countryCode) {
        if (countryCode == null || !countryCode.matches("[1-9]\\d{0,2}")) {
            throw new IllegalArgumentException("Country code must be 1 to 3 digits not starting with 0, was "
                    + countryCode);
        }
        this.countryCode = countryCode;
    }

    /**
     * @return the normalised value, or null when the value is absent (null, blank or a placeholder such as "null",
     *         "-", "0", "undefined" or an all-zero device id)
     * @throws InvalidIdentifierException when a value is present but unusable; the message is the reason
     */
    public String normalize(IdType type, String raw) throws InvalidIdentifierException {
        if (raw == null) {
            return null;
        }
        String value = trim(raw);
        if (isPlaceholder(value)) {
            return null;
        }
        String normalized = switch (type) {
            case PHONE -> phone(compatibilityForm(value));
            case EMAIL -> email(compatibilityForm(value));
            default -> value;
        };
        if (normalized.length() > MAX_LENGTH) {
            throw new InvalidIdentifierException(type + " value is " + normalized.length()
                    + " characters long; the project keeps at most " + MAX_LENGTH + ". Check the column mapping.");
        }
        return normalized;
    }

    private String phone(String value) throws InvalidIdentifierException {
        if (SCIENTIFIC.matcher(value).matches()) {
            throw invalidPhone(value, "is in scientific notation, as Excel shows long numbers; format the column "
                    + "as text before exporting");
        }
        Matcher decimal = WHOLE_DECIMAL.matcher(value);
        String text = decimal.matches() ? decimal.group(1) : value;
        StringBuilder digits = new StringBuilder(text.length());
        boolean plus = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
            } else if (c == '+') {
                if (plus || digits.length() > 0) {
                    throw invalidPhone(value, "has a '+' that is not at the start");
                }
                plus = true;
            } else if (!isPhoneSeparator(c)) {
                throw invalidPhone(value, "contains '" + c + "'; only digits, a leading '+', spaces, '-', '.', '/' "
                        + "and brackets are allowed");
            }
        }
        String number = digits.toString();
        if (number.isEmpty()) {
            throw invalidPhone(value, "contains no digits");
        }
        if (plus) {
            return international(value, number);
        }
        if (number.startsWith("00")) {
            return international(value, number.substring(2));
        }
        if (number.startsWith("0")) {
            return national(value, number.substring(1));
        }
        if (number.startsWith(countryCode) && number.length() - countryCode.length() >= MIN_NATIONAL_DIGITS) {
            return international(value, number);
        }
        return national(value, number);
    }

    private static String international(String value, String digits) throws InvalidIdentifierException {
        if (digits.length() < MIN_INTERNATIONAL_DIGITS || digits.length() > MAX_INTERNATIONAL_DIGITS) {
            throw invalidPhone(value, "has " + digits.length() + " digits after the international prefix; a number "
                    + "with its country code has " + MIN_INTERNATIONAL_DIGITS + " to " + MAX_INTERNATIONAL_DIGITS);
        }
        if (digits.charAt(0) == '0') {
            throw invalidPhone(value, "has a country code starting with 0");
        }
        return digits;
    }

    private String national(String value, String digits) throws InvalidIdentifierException {
        if (digits.length() < MIN_NATIONAL_DIGITS) {
            throw invalidPhone(value, "is too short (" + digits.length() + " digits); a number needs its area code "
                    + "or country code");
        }
        if (countryCode.length() + digits.length() > MAX_INTERNATIONAL_DIGITS) {
            throw invalidPhone(value, "is too long (" + digits.length() + " digits) for a number without a country "
                    + "code");
        }
        return countryCode + digits;
    }

    private static String email(String value) throws InvalidIdentifierException {
        String address = value.toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        if (at < 0) {
            throw invalidEmail(value, "has no '@'");
        }
        if (address.indexOf('@', at + 1) >= 0) {
            throw invalidEmail(value, "has more than one '@'");
        }
        if (at == 0) {
            throw invalidEmail(value, "has nothing before the '@'");
        }
        for (int i = 0; i < address.length(); i++) {
            if (isBlank(address.charAt(i))) {
                throw invalidEmail(value, "contains a space");
            }
        }
        String domain = address.substring(at + 1);
        if (domain.indexOf('.') < 0) {
            throw invalidEmail(value, "has no dot in the domain after the '@'");
        }
        if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            throw invalidEmail(value, "has an empty part in its domain '" + domain + "'");
        }
        return address;
    }

    private static InvalidIdentifierException invalidPhone(String value, String problem) {
        return new InvalidIdentifierException("Phone number '" + value + "' " + problem + ".");
    }

    private static InvalidIdentifierException invalidEmail(String value, String problem) {
        return new InvalidIdentifierException("E-mail address '" + value + "' " + problem + ".");
    }

    /** Full-width digits and signs, as typed with Chinese input methods, become their ASCII forms. */
    private static String compatibilityForm(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return Normalizer.normalize(value, Normalizer.Form.NFKC);
            }
        }
        return value;
    }

    private static boolean isPhoneSeparator(char c) {
        return c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || isBlank(c);
    }

    private static boolean isPlaceholder(String value) {
        if (value.isEmpty()) {
            return true;
        }
        boolean zerosAndDashes = true;
        for (int i = 0; i < value.length() && zerosAndDashes; i++) {
            char c = value.charAt(i);
            zerosAndDashes = c == '0' || c == '-';
        }
        if (zerosAndDashes) {
            return true;
        }
        for (String placeholder : PLACEHOLDERS) {
            if (placeholder.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link String#strip()}, but also removes no-break spaces, byte order marks and zero-width spaces. */
    private static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isBlank(raw.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
