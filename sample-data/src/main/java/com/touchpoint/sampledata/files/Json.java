package com.touchpoint.sampledata.files;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * A small JSON writer into a {@link StringBuilder}: compact for NDJSON lines, indented for the manifest. It keeps
 * track of commas; callers keep objects and arrays balanced.
 */
public final class Json {

    private final StringBuilder out;
    private final boolean indented;
    private int depth;
    private boolean needsComma;
    private boolean afterName;

    private Json(StringBuilder out, boolean indented) {
        this.out = out;
        this.indented = indented;
    }

    /** A writer that puts everything on one line. */
    public static Json compact(StringBuilder out) {
        return new Json(out, false);
    }

    /** A writer that puts each member on its own line, indented by two spaces. */
    public static Json indented(StringBuilder out) {
        return new Json(out, true);
    }

    public Json beginObject() {
        return open('{');
    }

    public Json endObject() {
        return close('}');
    }

    public Json beginArray() {
        return open('[');
    }

    public Json endArray() {
        return close(']');
    }

    public Json name(String name) {
        separate();
        quote(name);
        out.append(indented ? ": " : ":");
        afterName = true;
        return this;
    }

    public Json value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            quote(value);
        }
        needsComma = true;
        return this;
    }

    public Json value(long value) {
        separate();
        out.append(value);
        needsComma = true;
        return this;
    }

    public Json value(boolean value) {
        separate();
        out.append(value);
        needsComma = true;
        return this;
    }

    /** A number written as given (for example a decimal amount already formatted). */
    public Json rawNumber(String number) {
        separate();
        out.append(number);
        needsComma = true;
        return this;
    }

    private Json open(char bracket) {
        separate();
        out.append(bracket);
        depth++;
        needsComma = false;
        return this;
    }

    private Json close(char bracket) {
        depth--;
        if (indented && needsComma) {
            newLine();
        }
        out.append(bracket);
        needsComma = true;
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (needsComma) {
            out.append(',');
        }
        if (indented && depth > 0) {
            newLine();
        }
    }

    private void newLine() {
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    private void quote(String text) {
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
    }
}
