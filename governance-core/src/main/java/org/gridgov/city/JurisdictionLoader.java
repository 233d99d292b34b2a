package org.gridgov.city;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.division.DivisionData;
import org.gridgov.division.DivisionImport;
import org.gridgov.division.DivisionLevel;
import org.gridgov.division.DivisionReader;
import org.gridgov.division.GridPlan;
import org.gridgov.document.DocumentException;
import org.gridgov.jurisdiction.DivisionCode;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionBuilder;
import org.gridgov.jurisdiction.JurisdictionLevel;
import org.gridgov.jurisdiction.Layer;
import org.gridgov.jurisdiction.LayerId;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.jurisdiction.LevelScheme;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.jurisdiction.NodeSpec;
import org.gridgov.profile.CatalogEntrySpec;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.GridPlanSpec;
import org.gridgov.profile.JurisdictionSpec;
import org.gridgov.profile.LevelSpec;
import org.gridgov.profile.NodeSpecEntry;
import org.gridgov.validation.InvalidModelException;

/** Levels, layers and the jurisdiction tree of a profile. */
final class JurisdictionLoader {
    private final LoadContext ctx;
    private final CityProfile p;
    private final Map<DivisionLevel, LevelId> divisionLevels = new EnumMap<>(DivisionLevel.class);
    DivisionData divisions;

    JurisdictionLoader(LoadContext ctx) {
        this.ctx = ctx;
        this.p = ctx.doc.profile();
    }

    // Checks of required fields use the non-short-circuit '|' and '&' so that every missing field is reported.

    LevelScheme levels() {
        if (p.levels().isEmpty()) {
            ctx.problem("levels", "至少需要一个层级", "at least one level is required");
            return null;
        }
        List<JurisdictionLevel> out = new ArrayList<>();
        for (int i = 0; i < p.levels().size(); i++) {
            LevelSpec l = p.levels().get(i);
            String at = "levels[" + i + "]";
            if (l == null || !ctx.required(l.id(), at + ".id") | !ctx.required(l.name(), at + ".name")
                    | !ctx.required(l.kind(), at + ".kind")) {
                continue;
            }
            LevelKind kind = ctx.parse(LevelKind.class, l.kind(), at + ".kind");
            if (l.division() != null) {
                DivisionLevel d = ctx.parse(DivisionLevel.class, l.division(), at + ".division");
                if (d != null && divisionLevels.putIfAbsent(d, new LevelId(l.id())) != null) {
                    ctx.problem(at + ".division", "区划层级 " + l.division() + " 已对应到另一层级",
                            "division level " + l.division() + " is already mapped to another level");
                }
            }
            if (kind != null) {
                out.add(new JurisdictionLevel(new LevelId(l.id()), l.name().toBilingual(), kind, i));
            }
        }
        try {
            return ctx.hasProblems() ? null : LevelScheme.of(out);
        } catch (IllegalArgumentException e) {
            ctx.problem("levels", "层级定义无效: " + e.getMessage(), "invalid levels: " + e.getMessage());
            return null;
        }
    }

    List<Layer> layers() {
        List<Layer> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < p.layers().size(); i++) {
            CatalogEntrySpec l = p.layers().get(i);
            String at = "layers[" + i + "]";
            if (l != null && ctx.required(l.id(), at + ".id") & ctx.required(l.name(), at + ".name")) {
                if (!seen.add(l.id())) {
                    ctx.problem(at + ".id", "图层编号重复: " + l.id(), "duplicate layer id " + l.id());
                } else {
                    out.add(new Layer(new LayerId(l.id()), l.name().toBilingual()));
                }
            }
        }
        return out;
    }

    Jurisdiction tree(LevelScheme levels, List<Layer> layers) {
        JurisdictionSpec spec = p.jurisdiction();
        if (!ctx.required(spec, "jurisdiction")) {
            return null;
        }
        JurisdictionBuilder builder = Jurisdiction.builder(levels, layers);
        if (spec.divisions() != null) {
            if (!importDivisions(spec, layers, builder)) {
                return null;
            }
        } else if (spec.grids() != null) {
            ctx.problem("jurisdiction.grids", "生成网格需要区划文件 divisions",
                    "grids are generated below a division file: set 'divisions'");
        }
        builder.addAll(declaredNodes(spec.nodes()));
        if (ctx.hasProblems()) {
            return null;
        }
        try {
            return builder.build();
        } catch (InvalidModelException e) {
            Map<String, String> declared = LoadContext.index(spec.nodes(), NodeSpecEntry::id, "jurisdiction.nodes");
            ctx.report(e, problem -> Optional.ofNullable(declared.get(problem.id())),
                    spec.divisions() == null ? "jurisdiction" : "jurisdiction.divisions");
            return null;
        }
    }

    /** Streams the division file into the builder; false if it was refused (its problems are recorded). */
    private boolean importDivisions(JurisdictionSpec spec, List<Layer> layers, JurisdictionBuilder builder) {
        Optional<GridPlan> plan = plan(spec.grids(), layers);
        if (ctx.hasProblems()) {
            return false;
        }
        DivisionImport sink = new DivisionImport(divisionLevels, plan, builder::add);
        try (InputStream in = ctx.companions.open(spec.divisions())) {
            divisions = DivisionReader.read(spec.divisions(), in, sink);
        } catch (IOException e) {
            ctx.problem("jurisdiction.divisions", "找不到区划文件 " + spec.divisions() + " (" + e.getMessage() + ")",
                    "cannot read division file " + spec.divisions() + " (" + e.getMessage() + ")");
            return false;
        } catch (DocumentException e) {
            e.problems().forEach(ctx::add);
            return false;
        }
        try {
            sink.failIfUnmapped();
            return true;
        } catch (InvalidModelException e) {
            ctx.report(e, x -> Optional.empty(), "levels");
            return false;
        }
    }

    private Optional<GridPlan> plan(GridPlanSpec g, List<Layer> layers) {
        if (g == null) {
            return Optional.empty();
        }
        String at = "jurisdiction.grids";
        if (!ctx.required(g.level(), at + ".level")) {
            return Optional.empty();
        }
        Map<DivisionCode, Integer> overrides = new java.util.HashMap<>();
        g.overrides().forEach((code, n) -> {
            try {
                overrides.put(new DivisionCode(code), n);
            } catch (IllegalArgumentException e) {
                ctx.problem(at + ".overrides." + code, e.getMessage(), e.getMessage());
            }
        });
        Set<LayerId> serves = new LinkedHashSet<>();
        if (g.layers().isEmpty()) {
            layers.forEach(l -> serves.add(l.id()));
        } else {
            g.layers().forEach(l -> serves.add(new LayerId(l)));
        }
        List<GridPlan.Below> below = below(g.below(), at + ".below");
        try {
            return Optional.of(new GridPlan(new LevelId(g.level()), g.perCommunity() == null ? 10 : g.perCommunity(),
                    g.perVillage() == null ? 2 : g.perVillage(), overrides, serves, below));
        } catch (IllegalArgumentException e) {
            ctx.problem(at, "网格生成规则无效: " + e.getMessage(), "invalid grid plan: " + e.getMessage());
            return Optional.empty();
        }
    }

    private List<GridPlan.Below> below(List<GridPlanSpec.Below> specs, String at) {
        List<GridPlan.Below> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            GridPlanSpec.Below b = specs.get(i);
            String here = at + "[" + i + "]";
            if (b == null || !ctx.required(b.level(), here + ".level") | !ctx.required(b.per(), here + ".per")
                    | !ctx.required(b.prefix(), here + ".prefix") | !ctx.required(b.name(), here + ".name")) {
                continue;
            }
            var name = b.name().toBilingual();
            try {
                out.add(new GridPlan.Below(new LevelId(b.level()), b.per(), b.prefix(), name.zh(), name.en(),
                        b.kind() == null ? b.level() : b.kind()));
            } catch (IllegalArgumentException e) {
                ctx.problem(here, "网格以下层级无效: " + e.getMessage(), "invalid level below the grid: " + e.getMessage());
            }
        }
        return out;
    }

    private List<NodeSpec> declaredNodes(List<NodeSpecEntry> entries) {
        List<NodeSpec> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            NodeSpecEntry n = entries.get(i);
            String at = "jurisdiction.nodes[" + i + "]";
            if (n == null || !ctx.required(n.id(), at + ".id") | !ctx.required(n.level(), at + ".level")
                    | !ctx.required(n.name(), at + ".name")) {
                continue;
            }
            Optional<DivisionCode> code = Optional.empty();
            if (n.code() != null) {
                try {
                    code = Optional.of(new DivisionCode(n.code()));
                } catch (IllegalArgumentException e) {
                    ctx.problem(at + ".code", "区划代码无效: " + n.code() + ", 应为 2/4/6/9/12 位数字", e.getMessage());
                }
            }
            Set<LayerId> layers = new LinkedHashSet<>();
            n.layers().forEach(l -> layers.add(new LayerId(l)));
            out.add(new NodeSpec(new NodeId(n.id()), Optional.ofNullable(n.parent()).map(NodeId::new),
                    new LevelId(n.level()), n.name().toBilingual(), code, n.kind() == null ? "" : n.kind(), layers,
                    Optional.ofNullable(n.dedicatedSite())));
        }
        return out;
    }
}
