package org.gridgov.division;

import java.util.List;
import java.util.Objects;
import org.gridgov.jurisdiction.DivisionCode;

/**
 * An official administrative division with its subdivisions.
 *
 * @param code     its code
 * @param name     its official Chinese name
 * @param level    its level, consistent with the code's length
 * @param kind     the finer classification given by the file ({@code subdistrict}, {@code town},
 *                 {@code township}, {@code community}, {@code village}...), or empty
 * @param children its subdivisions in file order
 */
public record Division(DivisionCode code, String name, DivisionLevel level, String kind, List<Division> children) {
    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        children = List.copyOf(children);
    }

    /** The number of divisions in this subtree at a level. */
    public int count(DivisionLevel at) {
        int own = level == at ? 1 : 0;
        return own + children.stream().mapToInt(c -> c.count(at)).sum();
    }
}
