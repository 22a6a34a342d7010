package dev.readinglist.model;

/**
 * How to write a notes export.
 *
 * @param byteOrderMark write a UTF-8 BOM so that Excel detects the encoding
 * @param formulaGuard prefix cells that a spreadsheet would run as formulas
 */
public record ExportOptions(ExportScope scope, boolean byteOrderMark, boolean formulaGuard) {

    public static ExportOptions defaults() {
        return new ExportOptions(ExportScope.WITH_NOTES, true, true);
    }
}
