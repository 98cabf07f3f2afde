package com.touchpoint.datasources.normalize;

import java.math.BigDecimal;

/**
 * Reads numbers as exports write them: currency symbols and words (¥ ￥ $ € £, RMB, CNY, USD, 元), thousands
 * separators (1,234.50 and 1 234.50), spaces, a trailing % (12.5% is 0.125), parentheses for negatives ((12.00) is
 * -12.00) and scientific notation (1.2E3). Anything else is rejected with a reason. Plain values take a fast path.
 */
public final class Numbers {

    private static final String[] CURRENCY_WORDS = {"RMB", "CNY", "USD"};
    private static final int MAX_FAST_LONG_DIGITS = 18;
    /** Amounts are stored to four decimals in 64 bits (and as {@code DECIMAL(19, 4)}): 14 digits before the point. */
    private static final int MAX_AMOUNT_DIGITS = 14;

    private Numbers() {
    }

    public static BigDecimal parseDecimal(String text) throws InvalidValueException {
        if (isPlainDecimal(text)) {
            return new BigDecimal(text);
        }
        return new Cleaner(text).clean();
    }

    /** A money amount (revenue, cost, value): a decimal below 10^14 in size, the most a project stores. */
    public static BigDecimal parseAmount(String text) throws InvalidValueException {
        BigDecimal value = parseDecimal(text);
        if (value.signum() != 0 && value.precision() - value.scale() > MAX_AMOUNT_DIGITS) {
            throw new InvalidValueException("'" + text.strip() + "' is too large for an amount (at most "
                    + MAX_AMOUNT_DIGITS + " digits before the decimal point)");
        }
        return value;
    }

    /** A whole number; {@code 1,234}, {@code 1.0} and {@code 100%} (= 1) are whole, {@code 12.5} is not. */
    public static long parseLong(String text) throws InvalidValueException {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (length > start && length - start <= MAX_FAST_LONG_DIGITS && allDigits(text, start, length)) {
            long value = 0;
            for (int i = start; i < length; i++) {
                value = value * 10 + (text.charAt(i) - '0');
            }
            return start == 1 ? -value : value;
        }
        BigDecimal value = parseDecimal(text);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            boolean fractional = value.stripTrailingZeros().scale() > 0;
            throw new InvalidValueException("'" + text.strip() + "' is "
                    + (fractional ? "not a whole number" : "too large for a whole number"));
        }
    }

    private static boolean isPlainDecimal(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digitsStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digitsStart) {
            return false;
        }
        if (i < length && text.charAt(i) == '.') {
            int fractionStart = ++i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            return i == length && i > fractionStart;
        }
        return i == length;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The slow path: one pass that drops decoration, checks separators and keeps digits, point and exponent. */
    private static final class Cleaner {
        private final String original;
        private final String text;
        private final char[] kept;
        private int keptLength;
        private boolean negative;
        private boolean percent;
        private boolean point;
        private boolean exponent;
        private boolean groupSeparatorSeen;
        private int digits;
        private int groupDigits;

        Cleaner(String original) {
            this.original = original.strip();
            String inner = this.original;
            if (inner.length() > 1 && inner.charAt(0) == '(' && inner.charAt(inner.length() - 1) == ')') {
                negative = true;
                inner = inner.substring(1, inner.length() - 1);
            }
            this.text = inner;
            this.kept = new char[inner.length()];
        }

        BigDecimal clean() throws InvalidValueException {
            for (int i = 0; i < text.length(); i++) {
                i = consume(i);
            }
            checkLastGroup();
            if (digits == 0) {
                throw notANumber();
            }
            BigDecimal value;
            try {
                value = new BigDecimal(kept, 0, keptLength);
            } catch (NumberFormatException e) {
                throw notANumber();
            }
            if (percent) {
                value = value.movePointLeft(2);
            }
            return negative ? value.negate() : value;
        }

        /** Handles the character at i; returns the index of the last character consumed. */
        private int consume(int i) throws InvalidValueException {
            char c = text.charAt(i);
            if (percent && !isDecoration(c)) {
                throw new InvalidValueException("'" + original + "' is not a number (% must come last)");
            }
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                kept[keptLength++] = (char) (c >= '０' ? c - '０' + '0' : c);
                digits++;
                if (!point && !exponent) {
                    groupDigits++;
                }
            } else if (c == ',') {
                thousandsSeparator();
            } else if (c == '.') {
                decimalPoint();
            } else if (c == '-' || c == '+') {
                sign(c);
            } else if (c == '%') {
                percent = true;
            } else if ((c == 'e' || c == 'E') && digits > 0 && !exponent && !startsCurrencyWord(i)) {
                checkLastGroup();
                exponent = true;
                kept[keptLength++] = 'E';
            } else if (isDecoration(c)) {
                return i;
            } else {
                String word = currencyWordAt(i);
                if (word == null) {
                    throw new InvalidValueException("'" + original + "' is not a number (unexpected '" + c + "')");
                }
                return i + word.length() - 1;
            }
            return i;
        }

        private void thousandsSeparator() throws InvalidValueException {
            boolean wellPlaced = !point && !exponent
                    && (groupSeparatorSeen ? groupDigits == 3 : groupDigits >= 1 && groupDigits <= 3);
            if (!wellPlaced) {
                throw misplacedSeparator();
            }
            groupSeparatorSeen = true;
            groupDigits = 0;
        }

        private void decimalPoint() throws InvalidValueException {
            if (point || exponent) {
                throw new InvalidValueException("'" + original + "' is not a number (more than one decimal point)");
            }
            checkLastGroup();
            point = true;
            kept[keptLength++] = '.';
        }

        private void sign(char c) throws InvalidValueException {
            boolean afterExponent = exponent && keptLength > 0 && kept[keptLength - 1] == 'E';
            if (afterExponent) {
                kept[keptLength++] = c;
            } else if (digits == 0 && !point) {
                negative ^= c == '-';
            } else {
                throw new InvalidValueException("'" + original + "' is not a number (misplaced '" + c + "')");
            }
        }

        private void checkLastGroup() throws InvalidValueException {
            if (groupSeparatorSeen && groupDigits != 3) {
                throw misplacedSeparator();
            }
            groupSeparatorSeen = false;
        }

        private boolean startsCurrencyWord(int i) {
            return currencyWordAt(i) != null;
        }

        private String currencyWordAt(int i) {
            for (String word : CURRENCY_WORDS) {
                if (text.regionMatches(true, i, word, 0, word.length())) {
                    return word;
                }
            }
            return null;
        }

        private static boolean isDecoration(char c) {
            return switch (c) {
                case '¥', '￥', '$', '€', '£', '元', ' ', '\u00a0', '\u2009', '\u202f', '\u3000', '\t' -> true;
                default -> false;
            };
        }

        private InvalidValueException misplacedSeparator() {
            return new InvalidValueException("'" + original + "' has a misplaced thousands separator");
        }

        private InvalidValueException notANumber() {
            return new InvalidValueException("'" + original + "' is not a number");
        }
    }
}
