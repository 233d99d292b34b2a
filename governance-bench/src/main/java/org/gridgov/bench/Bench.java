package org.gridgov.bench;

import java.util.List;

/** A benchmark: measures the library and its baseline in this process and returns table rows. */
public interface Bench {
    /** A short id to pick it on the command line: {@code routing}, {@code tick}, {@code tree}… */
    String id();

    /**
     * Runs the measures.
     *
     * @param quick smaller sizes and fewer samples, for a smoke run (the test suite uses it); the figures of a
     *              quick run are not comparable with the targets
     */
    List<Row> run(boolean quick) throws Exception;
}
