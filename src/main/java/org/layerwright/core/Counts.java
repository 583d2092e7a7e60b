package org.layerwright.core;

/** Formats counts as Python's {@code '{:,}'} does ({@code 7,850}), without the cost of a Formatter. */
public final class Counts {
    private Counts() {
    }

    /** The value with a comma every three digits. */
    public static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        if (digits.length() <= 3) {
            return value < 0 ? "-" + digits : digits;
        }
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            sb.append('-');
        }
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            sb.append(',').append(digits, i, i + 3);
        }
        return sb.toString();
    }
}
