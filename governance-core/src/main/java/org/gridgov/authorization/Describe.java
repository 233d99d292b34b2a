package org.gridgov.authorization;

import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.people.Person;

/** An actor as a refusal names them: the role they act in and their masked name (网格员王*), or the system. */
final class Describe {
    private Describe() {
    }

    static Bilingual actor(Actor actor, Standing standing, City city) {
        if (actor instanceof Actor.System s) {
            return s.name();
        }
        Actor.Person p = (Actor.Person) actor;
        String name = city.people().find(p.person()).map(Person::maskedName).orElse(p.person().value());
        if (standing.capacities().isEmpty()) {
            return Bilingual.of("居民" + name, "resident " + name);
        }
        Bilingual role = city.roster().findRoleType(standing.capacities().get(0).assignment().role())
                .map(t -> t.name()).orElse(Bilingual.of("人员", "person"));
        return Bilingual.of(role.zh() + name, role.en() + " " + name);
    }
}
