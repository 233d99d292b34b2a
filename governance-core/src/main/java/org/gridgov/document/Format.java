package org.gridgov.document;

/** The text formats the library reads and writes. */
public enum Format {
    YAML,
    JSON;

    /**
     * The format a file name implies: {@code .json} is JSON, {@code .yaml} and {@code .yml} are YAML.
     *
     * @throws IllegalArgumentException for any other extension
     */
    public static Format of(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML;
        }
        throw new IllegalArgumentException("cannot tell the format of '" + fileName
                + "': expected a name ending in .yaml, .yml or .json");
    }
}
