package org.gridgov.people;

import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.organization.Organizations;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * Collects persons and builds an immutable {@link People} directory, checked against a jurisdiction and an
 * organization directory.
 *
 * <p>{@link #build()} reports every problem at once, each naming the person and field: a duplicate id, a
 * residence node the jurisdiction does not have, an employer or party branch the organization directory does
 * not have, a party branch whose type is not a party type, and a party membership without the kind
 * {@link PersonKind#PARTY_MEMBER} or that kind without a membership. Problems never include the name, phone
 * or ID number. Persons keep the order in which they were added.
 *
 * <p>A builder is not thread-safe and builds one directory.
 */
public final class PeopleBuilder {
    private final Jurisdiction jurisdiction;
    private final Organizations organizations;
    private final Map<PersonId, Person> persons = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private boolean built;

    PeopleBuilder(Jurisdiction jurisdiction, Organizations organizations) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        if (organizations.jurisdiction() != jurisdiction) {
            throw new IllegalArgumentException("the organizations are attached to another jurisdiction");
        }
    }

    /** Adds a person. A duplicate id is reported by {@link #build()}. */
    public PeopleBuilder add(Person person) {
        checkState(!built, "this builder has already built its directory");
        if (persons.putIfAbsent(person.id(), person) != null) {
            problems.add(Problem.of("person", person.id(), "id", "人员编号重复: " + person.id(),
                    "duplicate person id " + person.id()));
        }
        return this;
    }

    /** Adds every person of a collection, in its order. */
    public PeopleBuilder addAll(Iterable<Person> people) {
        people.forEach(this::add);
        return this;
    }

    /**
     * Builds the directory.
     *
     * @throws InvalidModelException listing every problem, each naming its person and field
     * @throws IllegalStateException if called twice
     */
    public People build() {
        checkState(!built, "this builder has already built its directory");
        built = true;
        List<Problem> found = new ArrayList<>(problems);
        for (Person p : persons.values()) {
            check(p, found);
        }
        if (!found.isEmpty()) {
            throw new InvalidModelException("people directory", found);
        }
        return new People(jurisdiction, persons.values());
    }

    private void check(Person p, List<Problem> found) {
        p.residence().filter(r -> !jurisdiction.contains(r)).ifPresent(r -> found.add(Problem.of("person", p.id(),
                "residence", "人员 " + p.id() + " 的居住节点 " + r + " 不在辖区树中",
                "person " + p.id() + " lives at unknown node " + r)));
        p.employer().filter(e -> !organizations.contains(e)).ifPresent(e -> found.add(Problem.of("person", p.id(),
                "employer", "人员 " + p.id() + " 的工作单位 " + e + " 不存在",
                "person " + p.id() + " has unknown employer " + e)));
        p.party().map(PartyMembership::branch).ifPresent(b -> {
            if (!organizations.contains(b)) {
                found.add(Problem.of("person", p.id(), "party.branch", "人员 " + p.id() + " 所在党组织 " + b + " 不存在",
                        "person " + p.id() + " belongs to unknown party branch " + b));
            } else if (!organizations.type(b).party()) {
                found.add(Problem.of("person", p.id(), "party.branch",
                        "人员 " + p.id() + " 所在党组织 " + b + " 不是党组织(类型 " + organizations.type(b).id() + ")",
                        "person " + p.id() + " has party branch " + b + ", which is not a party body (type "
                                + organizations.type(b).id() + ")"));
            }
        });
        if (p.party().isPresent() != p.kinds().contains(PersonKind.PARTY_MEMBER)) {
            found.add(Problem.of("person", p.id(), "kinds",
                    "人员 " + p.id() + " 的党员身份与党组织关系不一致: 党员须有所在党组织, 有党组织者须标为党员",
                    "person " + p.id() + " has kind PARTY_MEMBER and a party membership only together: a member "
                            + "needs a branch, and a branch needs the kind"));
        }
    }
}
