package org.gridgov.testkit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for fuzzing a parser a person feeds: valid texts (a pack's files, a profile, a scenario, an
 * event log) mutated the ways files go wrong or are made to go wrong. Each input is a seed with one to four
 * mutations, or now and then a random text:
 *
 * <ul>
 *   <li>truncation, a character replaced (by a quote, a bracket, a YAML indicator, a tab, NUL, a lone surrogate…),
 *       a span deleted or doubled, two lines swapped, two keys swapped between lines;</li>
 *   <li>numbers made huge, negative, fractional or non-numbers ({@code 99999999999999999999}, {@code 1e309},
 *       {@code .nan}, two thousand digits);</li>
 *   <li>deep nesting (a thousand or ten thousand brackets), YAML anchors and aliases, and an alias bomb
 *       ("billion laughs", nine levels of nine aliases each);</li>
 *   <li>very long strings (ten thousand and a million characters), a byte-order mark at the start or inside,
 *       CRLF or CR line ends, tabs for indentation, control characters;</li>
 *   <li>for {@link #bytes}: invalid UTF-8 (a lone continuation byte, a cut sequence, an overlong form, an encoded
 *       surrogate), flipped bits, a UTF-16 byte-order mark, the text in GBK.</li>
 * </ul>
 *
 * <pre>{@code
 * @Property(tries = 500)
 * void aMutatedScenarioIsAProblemOrAScenario(@ForAll("scenarios") String text) {
 *     try {
 *         ScenarioReader.read("s.yaml", text);
 *     } catch (DocumentException e) {
 *         assertThat(e.problems()).isNotEmpty();
 *     }
 * }
 *
 * @Provide
 * Arbitrary<String> scenarios() {
 *     return Mutations.texts(List.of(validScenario));
 * }
 * }</pre>
 *
 * <p>Needs {@code net.jqwik:jqwik} on the test classpath (an optional dependency of governance-rules).
 */
public final class Mutations {
    private static final int KINDS = 16;
    private static final char[] NASTY = {'\0', '"', '\'', ':', '-', '[', ']', '{', '}', '&', '*', '!', '|', '>', '#',
        '%', '@', '`', ',', '?', '\t', '\r', '\n', '\\', '(', ')', ';', '$', 'é', '中', '\uD800', '\uDFFF', '\uFFFF',
        '\uFEFF', '\u2028', '\u0085'};
    private static final String[] NUMBERS = {"99999999999999999999999999999", "-1", "0", "2147483648",
        "-2147483649", "9223372036854775808", "1e309", "-0.0", "0.5", ".nan", ".inf", "NaN", "0x7fffffff", "1_000",
        "1" + "0".repeat(2_000)};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern KEY = Pattern.compile("^(\\s*-?\\s*)([A-Za-z_][\\w.-]*)(\\s*:)");
    private static final byte[][] BAD_UTF8 = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC3, (byte) 0x28},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    private Mutations() {
    }

    /** Mutated texts of the seeds (and, one time in ten, a random text). */
    public static Arbitrary<String> texts(List<String> seeds) {
        List<String> copy = List.copyOf(seeds);
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(copy), Arbitraries.randoms(),
                Arbitraries.integers().between(1, 4)).as(Mutations::mutate);
        Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(200);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, mutated), net.jqwik.api.Tuple.of(1, random));
    }

    /** Mutated texts of the seeds as bytes, some of them not UTF-8 at all. */
    public static Arbitrary<byte[]> bytes(List<String> seeds) {
        List<String> copy = List.copyOf(seeds);
        return Combinators.combine(Arbitraries.of(copy), Arbitraries.randoms(), Arbitraries.integers().between(1, 4))
                .as(Mutations::mutateBytes);
    }

    /** A seed with {@code times} text mutations chosen by {@code random}. */
    public static String mutate(String seed, Random random, int times) {
        String s = seed;
        for (int i = 0; i < times; i++) {
            s = once(s, random);
        }
        return s;
    }

    /** A seed with text mutations, encoded, then perhaps broken as bytes. */
    public static byte[] mutateBytes(String seed, Random random, int times) {
        String text = mutate(seed, random, Math.max(0, times - 1));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(6)) {
            case 0 -> insert(bytes, random.nextInt(bytes.length + 1), BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
            case 1 -> flipBit(bytes, random);
            case 2 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, bytes);
            case 3 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            case 4 -> text.getBytes(Charset.forName("GBK"));
            default -> bytes;
        };
    }

    private static String once(String s, Random r) {
        return switch (r.nextInt(KINDS)) {
            case 0 -> s.substring(0, r.nextInt(s.length() + 1));
            case 1 -> replaceChar(s, r);
            case 2 -> deleteSpan(s, r);
            case 3 -> duplicateSpan(s, r);
            case 4 -> swapLines(s, r);
            case 5 -> swapKeys(s, r);
            case 6 -> hugeNumber(s, r);
            case 7 -> insertAtLine(s, r, nesting(r));
            case 8 -> aliasBomb(r) + s;
            case 9 -> anchors(s, r);
            case 10 -> insertAt(s, r, "x".repeat(r.nextInt(10) == 0 ? 1_000_000 : 10_000));
            case 11 -> r.nextBoolean() ? "\uFEFF" + s : insertAt(s, r, "\uFEFF");
            case 12 -> r.nextBoolean() ? s.replace("\n", "\r\n") : s.replace("\n", "\r");
            case 13 -> s.replaceAll("(?m)^ {2}", "\t");
            case 14 -> insertAt(s, r, String.valueOf((char) r.nextInt(0x20)));
            default -> insertAt(s, r, String.valueOf(NASTY[r.nextInt(NASTY.length)]).repeat(1 + r.nextInt(3)));
        };
    }

    private static String replaceChar(String s, Random r) {
        if (s.isEmpty()) {
            return String.valueOf(NASTY[r.nextInt(NASTY.length)]);
        }
        int at = r.nextInt(s.length());
        char c = r.nextBoolean() ? NASTY[r.nextInt(NASTY.length)] : (char) r.nextInt(0x10000);
        return s.substring(0, at) + c + s.substring(at + 1);
    }

    private static String deleteSpan(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int from = r.nextInt(s.length());
        int to = Math.min(s.length(), from + 1 + r.nextInt(40));
        return s.substring(0, from) + s.substring(to);
    }

    private static String duplicateSpan(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int from = r.nextInt(s.length());
        int to = Math.min(s.length(), from + 1 + r.nextInt(80));
        return s.substring(0, to) + s.substring(from, to) + s.substring(to);
    }

    private static String swapLines(String s, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        if (lines.size() < 2) {
            return s;
        }
        java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    /** The keys of two {@code key: value} lines exchanged, values kept: a field given the other's value. */
    private static String swapKeys(String s, Random r) {
        String[] lines = s.split("\n", -1);
        List<Integer> keyed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (KEY.matcher(lines[i]).find()) {
                keyed.add(i);
            }
        }
        if (keyed.size() < 2) {
            return swapLines(s, r);
        }
        int a = keyed.get(r.nextInt(keyed.size()));
        int b = keyed.get(r.nextInt(keyed.size()));
        Matcher ma = KEY.matcher(lines[a]);
        Matcher mb = KEY.matcher(lines[b]);
        ma.find();
        mb.find();
        String keyA = ma.group(2);
        String keyB = mb.group(2);
        lines[a] = ma.group(1) + keyB + lines[a].substring(ma.end(2));
        lines[b] = mb.group(1) + keyA + lines[b].substring(mb.end(2));
        return String.join("\n", lines);
    }

    private static String hugeNumber(String s, Random r) {
        String n = NUMBERS[r.nextInt(NUMBERS.length)];
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return insertAt(s, r, n);
        }
        int[] span = spans.get(r.nextInt(spans.size()));
        return s.substring(0, span[0]) + n + s.substring(span[1]);
    }

    private static String nesting(Random r) {
        int depth = r.nextInt(4) == 0 ? 10_000 : 1_000;
        return switch (r.nextInt(3)) {
            case 0 -> "x: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
            case 1 -> "x: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n";
            default -> "(".repeat(depth) + ")".repeat(depth) + "\n";
        };
    }

    /** Nine levels of nine aliases: expanded, 9^9 (387 million) strings. */
    private static String aliasBomb(Random r) {
        StringBuilder out = new StringBuilder();
        out.append("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i < 9; i++) {
            out.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                out.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            out.append("]\n");
        }
        return r.nextBoolean() ? out.toString() : "---\n" + out + "---\n";
    }

    /** An anchor on one value and an alias (or a merge key) in place of another. */
    private static String anchors(String s, Random r) {
        String[] lines = s.split("\n", -1);
        int a = r.nextInt(lines.length);
        int b = r.nextInt(lines.length);
        Matcher ma = KEY.matcher(lines[a]);
        if (ma.find()) {
            lines[a] = lines[a].substring(0, ma.end()) + " &x" + lines[a].substring(ma.end());
        }
        Matcher mb = KEY.matcher(lines[b]);
        if (mb.find()) {
            lines[b] = r.nextBoolean() ? lines[b].substring(0, mb.end()) + " *x"
                    : mb.group(1) + "<<: *x";
        }
        return String.join("\n", lines);
    }

    private static String insertAt(String s, Random r, String what) {
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    private static String insertAtLine(String s, Random r, String what) {
        String[] lines = s.split("\n", -1);
        int at = r.nextInt(lines.length + 1);
        List<String> out = new ArrayList<>(Arrays.asList(lines));
        out.add(at, what.endsWith("\n") ? what.substring(0, what.length() - 1) : what);
        return String.join("\n", out);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] what) {
        byte[] out = new byte[bytes.length + what.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(bytes, at, out, at + what.length, bytes.length - at);
        return out;
    }

    private static byte[] flipBit(byte[] bytes, Random r) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] out = bytes.clone();
        int at = r.nextInt(out.length);
        out[at] = (byte) (out[at] ^ (1 << r.nextInt(8)));
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
