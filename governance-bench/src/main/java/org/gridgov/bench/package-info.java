/**
 * Benchmarks of the library against baselines run in the same process: each measure times the library and a
 * plain-Java or raw-Drools baseline side by side, with warm-up and repeated samples, and reports the median, the
 * spread and the ratio to the baseline. Run them with {@code java -jar governance-bench/target/gridgov-bench.jar} ({@link org.gridgov.bench.BenchCommand}); results are kept in BENCHMARKS.md.
 * Speed is never asserted in tests: these machines are shared and noisy.
 */
package org.gridgov.bench;
