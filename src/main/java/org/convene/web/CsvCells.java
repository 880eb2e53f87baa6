package org.convene.web;

/**
 * Text cells of every CSV Convene writes, made safe to open in a spreadsheet (OWASP, "CSV
 * Injection"): a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return would be run as a formula, so it is written with a leading apostrophe, which spreadsheets
 * take as "this is text". Reading a CSV takes the apostrophe off again, so an export imports as it was.
 * Numbers are written as numbers, never through here.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        return startsLikeAFormula(cell, 0) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutralise}; any other cell unchanged. */
    public static String restore(String cell) {
        return cell.startsWith("'") && startsLikeAFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeAFormula(String cell, int at) {
        return cell.length() > at && FORMULA_STARTS.indexOf(cell.charAt(at)) >= 0;
    }
}
