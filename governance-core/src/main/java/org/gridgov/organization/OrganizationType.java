package org.gridgov.organization;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * An organization type of a city's catalogue: party committee, party branch, party group, residents'
 * committee, owners' committee, property company, resident unit, community police, government department,
 * enforcement team, volunteer team, service team... Cities name and divide these differently, so the
 * catalogue is data.
 *
 * @param id    the type's id
 * @param name  display name, e.g. {@code 小区党支部 (estate party branch)}
 * @param party true for bodies of the party (committees, branches, groups); only these may form the
 *              {@link PartyChain} or hold members' {@code PartyMembership}
 */
public record OrganizationType(OrganizationTypeId id, Bilingual name, boolean party) {
    /** @throws NullPointerException if the id or name is null */
    public OrganizationType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** Shorthand for catalogues written in code. */
    public static OrganizationType of(String id, String zh, String en, boolean party) {
        return new OrganizationType(new OrganizationTypeId(id), Bilingual.of(zh, en), party);
    }
}
