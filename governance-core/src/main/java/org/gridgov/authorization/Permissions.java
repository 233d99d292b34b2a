package org.gridgov.authorization;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Rejection;

/**
 * A city's permission matrix: an ordered list of grants, deny by default. {@link #standard()} is the matrix the
 * library ships ({@code standard-permissions.yaml} beside this class); a city's pack changes it with
 * {@link #with}: a grant with an id already present replaces it, a new id is added, revoked ids are removed.
 */
public final class Permissions implements AuthorizationPolicy {
    private static final String STANDARD = "org/gridgov/authorization/standard-permissions.yaml";
    private static volatile Permissions standard;

    private final List<Grant> grants;

    private Permissions(List<Grant> grants) {
        this.grants = ImmutableList.copyOf(grants);
    }

    /** A matrix of these grants. */
    public static Permissions of(List<Grant> grants) {
        return new Permissions(grants);
    }

    /** The matrix that grants nothing: every command is refused. */
    public static Permissions none() {
        return new Permissions(List.of());
    }

    /**
     * The library's standard matrix.
     *
     * @throws IllegalStateException if the shipped file is broken (a bug of the library)
     */
    public static Permissions standard() {
        Permissions p = standard;
        if (p == null) {
            p = PermissionsReader.readResource(Permissions.class.getClassLoader(), STANDARD);
            standard = p;
        }
        return p;
    }

    /** The grants, in order. */
    public List<Grant> grants() {
        return grants;
    }

    /** This matrix with grants replaced or added by id, then the revoked ids removed. */
    public Permissions with(List<Grant> changes, Set<String> revoked) {
        Map<String, Grant> byId = new LinkedHashMap<>();
        grants.forEach(g -> byId.put(g.id(), g));
        changes.forEach(g -> byId.put(g.id(), g));
        revoked.forEach(byId::remove);
        return new Permissions(new ArrayList<>(byId.values()));
    }

    /** The grant with this id, if any. */
    public Optional<Grant> grant(String id) {
        return grants.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    @Override
    public AccessDecision decide(AccessRequest request, City city) {
        Standing standing = request.actor() instanceof Actor.Person p ? Standing.of(p, request.at(), city)
                : new Standing(List.of(), Optional.empty());
        if (standing.refusal().isPresent()) {
            return new AccessDecision.Denied(standing.refusal().get());
        }
        GrantCheck check = new GrantCheck(request, city, standing);
        GrantCheck.Result closest = null;
        for (Grant g : grants) {
            if (g.covers(request.command())) {
                GrantCheck.Result r = check.check(g);
                if (r.granted()) {
                    return new AccessDecision.Granted(g, r.capacity());
                }
                closest = closest == null || r.stage() > closest.stage() ? r : closest;
            }
        }
        return new AccessDecision.Denied(refusal(request, city, standing, closest));
    }

    private static Rejection refusal(AccessRequest request, City city, Standing standing, GrantCheck.Result closest) {
        Bilingual who = Describe.actor(request.actor(), standing, city);
        Bilingual what = request.issue().map(i -> Bilingual.of("案件 " + i.id(), "case " + i.id()))
                .orElse(Bilingual.of("辖区 " + request.node(), "the area " + request.node()));
        Bilingual why = closest == null ? Bilingual.of("没有任何授权允许" + request.command().verb().zh(),
                "no grant allows anyone to " + request.command().verb().en()) : closest.why();
        return Rejection.of("not-permitted",
                who.zh() + "无权" + request.command().verb().zh() + what.zh() + ": " + why.zh(),
                who.en() + " may not " + request.command().verb().en() + " " + what.en() + ": " + why.en());
    }
}
