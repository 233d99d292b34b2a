package org.gridgov.rules.pack;

import java.util.regex.Pattern;

/**
 * One sentence of a {@code .dsl} file.
 *
 * @param file    the DSL file
 * @param line    its 1-based line
 * @param section {@code when}, {@code then}, {@code keyword} or {@code *}
 * @param key     the sentence as people write it in a {@code .dslr}
 * @param usage   a pattern that finds the sentence in a line of a {@code .dslr}
 */
record DslSentence(SourceFile file, int line, String section, String key, Pattern usage) {
}
