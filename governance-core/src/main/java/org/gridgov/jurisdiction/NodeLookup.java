package org.gridgov.jurisdiction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridgov.i18n.Bilingual;

/**
 * What a text written by a person names in a tree: no node, one, or several. Names repeat (every 市辖区, a
 * city and its county-level placeholder 东莞市, two 新华社区 in two streets); a lookup that matches several says
 * so instead of choosing one, and the caller asks for the code.
 *
 * @param text    what was written
 * @param matches the nodes it names, in preorder
 */
public record NodeLookup(String text, List<JurisdictionNode> matches) {
    private static final int LISTED = 10;

    public NodeLookup {
        Objects.requireNonNull(text, "text");
        matches = List.copyOf(matches);
    }

    /** True if nothing matches. */
    public boolean isEmpty() {
        return matches.isEmpty();
    }

    /** True if several nodes match. */
    public boolean isAmbiguous() {
        return matches.size() > 1;
    }

    /** The node, if exactly one matches. */
    public Optional<JurisdictionNode> unique() {
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * The node.
     *
     * @throws IllegalArgumentException with {@link #problem()} in English if none or several match
     */
    public JurisdictionNode orElseThrow() {
        return unique().orElseThrow(() -> new IllegalArgumentException(problem().en()));
    }

    /**
     * Why the text does not name one node: nothing matches, or the matches (up to ten, with their ids and
     * levels) and the advice to write an id or code. Empty text when exactly one matches.
     */
    public Bilingual problem() {
        if (matches.size() == 1) {
            return Bilingual.of("", "");
        }
        if (matches.isEmpty()) {
            return Bilingual.of("找不到 '" + text + "' (节点编号、区划代码或名称)",
                    "no node, division code or name '" + text + "'");
        }
        String listed = matches.stream().limit(LISTED)
                .map(n -> n.id() + " " + n.name().zh() + " (" + n.level().id() + (n.kind().isEmpty() ? "" : ", "
                        + n.kind()) + ")")
                .collect(Collectors.joining("; "));
        String more = matches.size() > LISTED ? "; …" : "";
        return Bilingual.of("'" + text + "' 对应 " + matches.size() + " 个节点: " + listed + more + "; 请写编号或区划代码",
                "'" + text + "' names " + matches.size() + " nodes: " + listed + more + "; write its id or code");
    }
}
