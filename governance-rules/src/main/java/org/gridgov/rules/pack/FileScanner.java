package org.gridgov.rules.pack;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;

/**
 * Finds the policy files of a pack under {@code rules/} and guards against the ways Drools silently ignores or
 * misreads a file: a spreadsheet not named {@code *.drl.xlsx}/{@code *.drl.csv} (ignored by Drools), a byte-order
 * mark (loses every DSL mapping), text that is not UTF-8.
 */
final class FileScanner {
    static final String RULES = "rules/";

    private FileScanner() {
    }

    /** The pack's policy files, in path order; problems go to {@code problems}. */
    static List<SourceFile> scan(String pack, Map<String, byte[]> files, List<PackProblem> problems) {
        List<SourceFile> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String path = f.getKey();
            if (!path.startsWith(RULES)) {
                continue;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.startsWith(".")) {
                continue;
            }
            kind(pack, path, problems).flatMap(kind -> decode(pack, path, kind, f.getValue(), problems))
                    .ifPresent(out::add);
        }
        return out;
    }

    private static Optional<SourceFile.Kind> kind(String pack, String path, List<PackProblem> problems) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl")) {
            return Optional.of(SourceFile.Kind.DRL);
        }
        if (lower.endsWith(".dslr")) {
            return Optional.of(SourceFile.Kind.DSLR);
        }
        if (lower.endsWith(".dsl")) {
            return Optional.of(SourceFile.Kind.DSL);
        }
        if (lower.endsWith(".drl.csv")) {
            return Optional.of(SourceFile.Kind.CSV_TABLE);
        }
        if (lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls")) {
            return Optional.of(SourceFile.Kind.XLSX_TABLE);
        }
        for (String ext : List.of(".csv", ".xlsx", ".xls")) {
            if (lower.endsWith(ext)) {
                String renamed = path.substring(0, path.length() - ext.length()) + ".drl" + path.substring(
                        path.length() - ext.length());
                problems.add(PackProblem.error(pack, path, 0, Bilingual.of(
                        "决策表文件名必须以 .drl" + ext + " 结尾, 否则 Drools 会悄悄忽略它; 请改名为 " + renamed,
                        "a decision table must be named *.drl" + ext + " or Drools silently ignores it; rename it to "
                                + renamed)));
                return Optional.empty();
            }
        }
        problems.add(PackProblem.warning(pack, path, 0, Bilingual.of(
                "不认识的文件类型, 已忽略 (规则文件应为 .drl, .dsl, .dslr, .drl.csv 或 .drl.xlsx)",
                "unknown kind of file, ignored (rule files are .drl, .dsl, .dslr, .drl.csv or .drl.xlsx)")));
        return Optional.empty();
    }

    private static Optional<SourceFile> decode(String pack, String path, SourceFile.Kind kind, byte[] bytes,
                                               List<PackProblem> problems) {
        if (kind == SourceFile.Kind.XLSX_TABLE) {
            return Optional.of(new SourceFile(pack, path, kind, bytes, ""));
        }
        byte[] body = bytes;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            body = Arrays.copyOfRange(bytes, 3, bytes.length);
            problems.add(PackProblem.warning(pack, path, 1, Bilingual.of(
                    "文件开头有 UTF-8 BOM 标记, 已自动去掉 (Drools 遇到它会丢掉全部 DSL 句子); 请用不带 BOM 的 UTF-8 保存",
                    "the file starts with a UTF-8 byte-order mark; it was removed (Drools would lose every DSL "
                            + "sentence); save the file as UTF-8 without BOM")));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(body)).toString();
            return Optional.of(new SourceFile(pack, path, kind, body, text));
        } catch (CharacterCodingException e) {
            problems.add(PackProblem.error(pack, path, badLine(body), Bilingual.of(
                    "文件不是 UTF-8 编码 (可能是 GBK); 请另存为 UTF-8",
                    "the file is not UTF-8 (perhaps GBK); save it as UTF-8")));
            return Optional.empty();
        }
    }

    /** The line of the first byte that is not valid UTF-8. */
    private static int badLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
