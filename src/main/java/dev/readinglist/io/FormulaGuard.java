package dev.readinglist.io;

import java.util.regex.Pattern;

/**
 * Stops a spreadsheet from running a cell as a formula (CSV injection): a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, unless it is a plain number.
 */
public final class FormulaGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private FormulaGuard() {}

    public static String guard(String cell) {
        if (cell.isEmpty()
                || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
