package org.gridgov.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.geo.GeoPoint;
import org.gridgov.geo.GridArea;
import org.gridgov.geo.GridAreas;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.profile.AreaSpec;

/** The areas a profile draws for its nodes ({@code jurisdiction.areas}), each problem at its entry. */
final class AreaLoader {
    private AreaLoader() {
    }

    static GridAreas areas(LoadContext ctx, List<AreaSpec> specs, Jurisdiction tree) {
        List<GridArea> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String at = "jurisdiction.areas[" + i + "]";
            AreaSpec a = specs.get(i);
            if (a == null || !ctx.required(a.node(), at + ".node")) {
                continue;
            }
            Optional<NodeId> node = tree.find(new NodeId(a.node())).or(() -> tree.lookup(a.node()).unique())
                    .map(JurisdictionNode::id);
            if (node.isEmpty()) {
                ctx.problem(at + ".node", "没有这个节点，或名称有多处: " + a.node(),
                        "no such node, or several of that name: " + a.node());
                continue;
            }
            area(ctx, node.get(), a.polygon(), at + ".polygon").ifPresent(out::add);
        }
        return ctx.hasProblems() ? GridAreas.none() : GridAreas.of(out, tree);
    }

    private static Optional<GridArea> area(LoadContext ctx, NodeId node, List<List<Double>> polygon, String at) {
        List<GeoPoint> ring = new ArrayList<>();
        for (int i = 0; i < polygon.size(); i++) {
            List<Double> c = polygon.get(i);
            if (c == null || c.size() != 2 || c.get(0) == null || c.get(1) == null
                    || !(Math.abs(c.get(0)) <= 180) || !(Math.abs(c.get(1)) <= 90)) { // NaN fails too
                ctx.problem(at + "[" + i + "]", "坐标应为 [经度, 纬度]，经度 -180 至 180，纬度 -90 至 90",
                        "a corner is [longitude, latitude], longitude -180 to 180, latitude -90 to 90");
                return Optional.empty();
            }
            ring.add(new GeoPoint(c.get(1), c.get(0)));
        }
        if (ring.size() < 3) {
            ctx.problem(at, "范围至少需要三个角点", "an area needs at least three corners");
            return Optional.empty();
        }
        try {
            return Optional.of(new GridArea(node, ring));
        } catch (IllegalArgumentException flat) {
            ctx.problem(at, "角点在一条直线上，范围为空", "the corners lie on one line: the area is empty");
            return Optional.empty();
        }
    }
}
