package org.gridgov.division;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.jurisdiction.DivisionCode;

/**
 * One division as a division file gives it, checked, handed to a {@link DivisionSink} before its subdivisions.
 *
 * @param id          the node id it becomes: its code, or for the code-less country its {@code id} field
 *                    ({@code CN} when absent)
 * @param code        its code; empty for the country only
 * @param name        its official Chinese name
 * @param level       its level, consistent with the code's length
 * @param kind        the finer classification: the file's {@code kind} ({@code subdistrict}, {@code town},
 *                    {@code community}, {@code village}...), or {@value Placeholders#KIND} for a statistical
 *                    placeholder ({@link Placeholders}); may be empty
 */
public record DivisionEntry(String id, Optional<DivisionCode> code, String name, DivisionLevel level, String kind) {
    public DivisionEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
    }

    /** True if this division is a statistical placeholder rather than a governing unit. */
    public boolean isPlaceholder() {
        return Placeholders.KIND.equals(kind);
    }
}
