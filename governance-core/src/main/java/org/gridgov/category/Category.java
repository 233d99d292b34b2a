package org.gridgov.category;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;

/**
 * A category of the city's category tree: what an issue is about (环境卫生 → 垃圾清运, 噪音扰民, 管道维修...).
 *
 * @param id     the category's id
 * @param name   display name
 * @param parent the parent category; empty for a top-level category
 */
public record Category(CategoryId id, Bilingual name, Optional<CategoryId> parent) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
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
