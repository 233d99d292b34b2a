package org.gridgov.category;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.jurisdiction.LayerId;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * A city's categories as a forest: top-level categories with subcategories to any depth. Immutable and safe to
 * share between threads.
 */
public final class CategoryTree {
    private final ImmutableMap<CategoryId, Category> byId;
    private final ImmutableListMultimap<Optional<CategoryId>, Category> children;

    private CategoryTree(Map<CategoryId, Category> byId) {
        this.byId = ImmutableMap.copyOf(byId);
        ImmutableListMultimap.Builder<Optional<CategoryId>, Category> kids = ImmutableListMultimap.builder();
        byId.values().forEach(c -> kids.put(c.parent(), c));
        this.children = kids.build();
    }

    /**
     * Builds a tree from categories in any order; children keep the order given.
     *
     * @throws InvalidModelException naming each offending category: a duplicate id, an unknown parent, or
     *                               parents that form a cycle
     */
    public static CategoryTree of(List<Category> categories) {
        List<Problem> problems = new ArrayList<>();
        Map<CategoryId, Category> byId = new LinkedHashMap<>();
        for (Category c : categories) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                problems.add(Problem.of("category", c.id(), "id", "类别编号重复: " + c.id(),
                        "duplicate category id " + c.id()));
            }
        }
        for (Category c : byId.values()) {
            if (c.parent().isPresent() && !byId.containsKey(c.parent().get())) {
                problems.add(Problem.of("category", c.id(), "parent", "类别 " + c.id() + " 的上级类别 "
                        + c.parent().get() + " 不存在", "category " + c.id() + " has unknown parent " + c.parent().get()));
            } else if (inCycle(c, byId)) {
                problems.add(Problem.of("category", c.id(), "parent", "类别 " + c.id() + " 的上级关系形成环",
                        "category " + c.id() + " is its own ancestor"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException("category tree", problems);
        }
        return new CategoryTree(byId);
    }

    private static boolean inCycle(Category c, Map<CategoryId, Category> byId) {
        Set<CategoryId> seen = new HashSet<>();
        for (Category at = c; at != null && at.parent().isPresent(); at = byId.get(at.parent().get())) {
            if (!seen.add(at.id())) {
                return true;
            }
        }
        return false;
    }

    /** The category with this id, if the tree has it. */
    public Optional<Category> find(CategoryId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The category with this id.
     *
     * @throws IllegalArgumentException if the tree has no such category
     */
    public Category require(CategoryId id) {
        Category c = byId.get(id);
        checkArgument(c != null, "unknown category '%s'", id);
        return c;
    }

    /** Every category, parents before their children in the order given. */
    public List<Category> all() {
        return byId.values().asList();
    }

    /** The top-level categories. */
    public List<Category> roots() {
        return children.get(Optional.empty());
    }

    /** The direct subcategories of a category. */
    public List<Category> children(CategoryId id) {
        require(id);
        return children.get(Optional.of(id));
    }

    /**
     * The layer (net) a category belongs to: its own, else the nearest ancestor's; empty when neither it nor an
     * ancestor names one, or when the tree lacks the category.
     */
    public Optional<LayerId> layerOf(CategoryId id) {
        for (Category at = byId.get(id); at != null; at = at.parent().map(byId::get).orElse(null)) {
            if (at.layer().isPresent()) {
                return at.layer();
            }
        }
        return Optional.empty();
    }

    /** The ancestors of a category, nearest first; empty for a top-level category. */
    public List<Category> ancestors(CategoryId id) {
        ImmutableList.Builder<Category> out = ImmutableList.builder();
        for (Category c = require(id); c.parent().isPresent(); ) {
            c = byId.get(c.parent().get());
            out.add(c);
        }
        return out.build();
    }

    /** True if {@code id} is {@code ancestor} or lies below it, so that a rule for 环境卫生 covers 垃圾清运. */
    public boolean isWithin(CategoryId id, CategoryId ancestor) {
        require(ancestor);
        for (Category c = require(id); ; c = byId.get(c.parent().get())) {
            if (c.id().equals(ancestor)) {
                return true;
            }
            if (c.parent().isEmpty()) {
                return false;
            }
        }
    }

    /** The number of categories. */
    public int size() {
        return byId.size();
    }
}
