package org.gridgov.category;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.LayerId;

/**
 * A category of the city's category tree: what an issue is about (环境卫生 → 垃圾清运, 噪音扰民, 管道维修...).
 *
 * @param id     the category's id
 * @param name   display name
 * @param parent the parent category; empty for a top-level category
 * @param layer  the grid layer (net, 网) the category belongs to, as in 吉林's 四张网; empty to take the parent's
 *               (see {@link CategoryTree#layerOf})
 */
public record Category(CategoryId id, Bilingual name, Optional<CategoryId> parent, Optional<LayerId> layer) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(layer, "layer");
    }

    /** A category that takes its layer from its parent, or has none. */
    public Category(CategoryId id, Bilingual name, Optional<CategoryId> parent) {
        this(id, name, parent, Optional.empty());
    }

    /** A top-level category. */
    public static Category top(String id, String zh, String en) {
        return new Category(new CategoryId(id), Bilingual.of(zh, en), Optional.empty());
    }

    /** A category below {@code parent}. */
    public static Category under(String parent, String id, String zh, String en) {
        return new Category(new CategoryId(id), Bilingual.of(zh, en), Optional.of(new CategoryId(parent)));
    }
}
