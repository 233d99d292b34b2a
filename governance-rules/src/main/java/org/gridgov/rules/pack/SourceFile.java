package org.gridgov.rules.pack;

/**
 * One policy file of a pack, read and decoded.
 *
 * @param pack  the pack's id
 * @param path  the path relative to the pack folder
 * @param kind  what kind of policy file it is
 * @param bytes the file's bytes (without a UTF-8 byte-order mark)
 * @param text  the file's text; empty for spreadsheets
 */
record SourceFile(String pack, String path, Kind kind, byte[] bytes, String text) {

    /** The kinds of policy file. */
    enum Kind {
        DRL, DSL, DSLR, CSV_TABLE, XLSX_TABLE;

        boolean isTable() {
            return this == CSV_TABLE || this == XLSX_TABLE;
        }
    }

    /** The file name without folders. */
    String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
