package org.gridgov.city;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.category.Category;
import org.gridgov.category.CategoryId;
import org.gridgov.category.CategoryTree;
import org.gridgov.deliberation.Bodies;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentSource;
import org.gridgov.issue.Channel;
import org.gridgov.issue.ChannelId;
import org.gridgov.geo.GridAreas;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.Layer;
import org.gridgov.jurisdiction.LayerId;
import org.gridgov.jurisdiction.LevelScheme;
import org.gridgov.organization.Organizations;
import org.gridgov.people.People;
import org.gridgov.profile.CatalogEntrySpec;
import org.gridgov.profile.CategorySpec;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.ProfileDocument;
import org.gridgov.profile.ProfileReader;
import org.gridgov.role.Roster;
import org.gridgov.time.JurisdictionCalendars;
import org.gridgov.validation.InvalidModelException;

/**
 * Turns a city profile into a {@link City}: builds the level scheme, reads the division file and generates
 * grids, builds the jurisdiction tree, the catalogues, organizations, people, roster and calendars, and checks every
 * reference between them.
 *
 * <p>Every problem is reported with file, line and field path of the profile (or of the division file),
 * all of them at once where later checks do not depend on earlier ones.
 */
public final class CityLoader {
    /** The zone used when a profile names none: every mainland city keeps China Standard Time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private CityLoader() {
    }

    /**
     * Loads a profile file from disk; its division file is looked up relative to it.
     *
     * @throws DocumentException listing every problem found
     */
    public static City load(Path profileFile) throws DocumentException {
        Path dir = profileFile.toAbsolutePath().getParent();
        return load(ProfileReader.read(profileFile), DocumentSource.directory(dir));
    }

    /**
     * Loads a profile from the classpath, e.g. {@code org/gridgov/examples/jilin/city.yaml}; its division
     * file is looked up relative to it.
     *
     * @throws DocumentException listing every problem found, including a missing resource
     */
    public static City loadResource(ClassLoader loader, String resource) throws DocumentException {
        int slash = resource.lastIndexOf('/');
        DocumentSource source = DocumentSource.classpath(loader, slash < 0 ? "" : resource.substring(0, slash));
        String text;
        try {
            text = source.read(resource.substring(slash + 1));
        } catch (java.io.IOException e) {
            throw new DocumentException(List.of(new org.gridgov.document.DocumentProblem(resource, 0, 0, "",
                    org.gridgov.i18n.Bilingual.of("找不到配置文件", "no such profile on the classpath"))));
        }
        return load(ProfileReader.read(resource, text), source);
    }

    /**
     * Loads a profile already read.
     *
     * @param doc        the profile and its text
     * @param companions where the files it names are found
     * @throws DocumentException listing every problem found
     */
    public static City load(ProfileDocument doc, DocumentSource companions) throws DocumentException {
        LoadContext ctx = new LoadContext(doc, companions);
        CityProfile p = doc.profile();
        ctx.required(p.id(), "id");
        ctx.required(p.name(), "name");
        ZoneId zone = zone(ctx, p.zone());
        JurisdictionLoader j = new JurisdictionLoader(ctx);
        LevelScheme levels = j.levels();
        List<Layer> layers = j.layers();
        CategoryTree categories = categories(ctx, p, layers);
        List<Channel> channels = channels(ctx, p);
        ctx.failIfAny();
        Jurisdiction tree = j.tree(levels, layers);
        ctx.failIfAny();
        CityProfile staffed = new StaffingLoader(ctx, p, tree).expand();
        ctx.failIfAny();
        DirectoryLoader d = new DirectoryLoader(ctx, staffed);
        Organizations organizations = d.organizations(tree);
        ctx.failIfAny();
        People people = d.people(tree, organizations);
        ctx.failIfAny();
        Roster roster = d.roster(zone, tree, organizations, people);
        JurisdictionCalendars calendars = CalendarLoader.calendars(ctx, tree);
        Bodies bodies = new BodyLoader(ctx, staffed).bodies(tree, organizations);
        GridAreas areas = AreaLoader.areas(ctx, p.jurisdiction().areas(), tree);
        ctx.failIfAny();
        return new City(p, zone, tree, categories, channels, organizations, people, roster, calendars, j.divisions,
                bodies, areas);
    }

    private static ZoneId zone(LoadContext ctx, String zone) {
        if (zone == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            ctx.problem("zone", "时区 '" + zone + "' 无效, 例如 Asia/Shanghai",
                    "time zone '" + zone + "' is not valid; for example Asia/Shanghai");
            return DEFAULT_ZONE;
        }
    }

    private static List<Channel> channels(LoadContext ctx, CityProfile p) {
        List<Channel> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < p.channels().size(); i++) {
            CatalogEntrySpec c = p.channels().get(i);
            String at = "channels[" + i + "]";
            if (c != null && ctx.required(c.id(), at + ".id") & ctx.required(c.name(), at + ".name")) {
                if (seen.add(c.id())) {
                    out.add(new Channel(new ChannelId(c.id()), c.name().toBilingual()));
                } else {
                    ctx.problem(at + ".id", "渠道编号重复: " + c.id(), "duplicate channel id " + c.id());
                }
            }
        }
        return out;
    }

    private static CategoryTree categories(LoadContext ctx, CityProfile p, List<Layer> layers) {
        java.util.Set<String> layerIds = new java.util.HashSet<>();
        layers.forEach(l -> layerIds.add(l.id().value()));
        List<Category> out = new ArrayList<>();
        for (int i = 0; i < p.categories().size(); i++) {
            CategorySpec c = p.categories().get(i);
            String at = "categories[" + i + "]";
            if (c != null && ctx.required(c.id(), at + ".id") & ctx.required(c.name(), at + ".name")) {
                if (c.layer() != null && !layerIds.contains(c.layer())) {
                    ctx.problem(at + ".layer", "类别 " + c.id() + " 所属的网 '" + c.layer() + "' 不在 layers 中",
                            "category " + c.id() + " names layer '" + c.layer() + "', which is not among the layers");
                }
                out.add(new Category(new CategoryId(c.id()), c.name().toBilingual(),
                        Optional.ofNullable(c.parent()).map(CategoryId::new),
                        Optional.ofNullable(c.layer()).map(LayerId::new)));
            }
        }
        try {
            return CategoryTree.of(out);
        } catch (InvalidModelException e) {
            var index = LoadContext.index(p.categories(), CategorySpec::id, "categories");
            ctx.report(e, problem -> Optional.ofNullable(index.get(problem.id())), "categories");
            return null;
        }
    }
}
