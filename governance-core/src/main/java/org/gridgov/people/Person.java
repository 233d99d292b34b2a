package org.gridgov.people;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;

/**
 * A person known to the governance system: a resident, a cadre, a party member, a volunteer, a grid worker.
 *
 * <p><b>Personal data.</b> The name, phone and ID number are personal. The accessors return them for whoever
 * must use them; {@link #toString()} masks all three so that logs, messages and explanations never carry them.
 *
 * @param id         the person's id, which carries no personal data
 * @param name       full name, non-blank
 * @param kinds      what the person is, at least one kind; must include {@link PersonKind#PARTY_MEMBER}
 *                   exactly when {@code party} is present (checked by the {@link People} builder)
 * @param phone      telephone number, if known
 * @param idNumber   resident ID number, if known
 * @param residence  the node where the person lives (a community, grid, building or unit), if known
 * @param employer   the organization the person works for, if any
 * @param party      party membership, for party members
 * @param keyGroups  key groups the person is registered in for targeted service
 */
public record Person(PersonId id, String name, Set<PersonKind> kinds, Optional<PhoneNumber> phone,
                     Optional<IdNumber> idNumber, Optional<NodeId> residence, Optional<OrganizationId> employer,
                     Optional<PartyMembership> party, Set<KeyGroup> keyGroups) {

    /**
     * @throws NullPointerException     if any component is null
     * @throws IllegalArgumentException if the name is blank or no kind is given
     */
    public Person {
        Objects.requireNonNull(id, "id");
        checkArgument(name != null && !name.isBlank(), "person %s needs a name", id);
        checkArgument(kinds != null && !kinds.isEmpty(), "person %s needs at least one kind", id);
        kinds = Sets.immutableEnumSet(kinds);
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(party, "party");
        keyGroups = Sets.immutableEnumSet(keyGroups);
    }

    /** A plain resident with only an id, a name and the given kinds; add details with the {@code with} methods. */
    public static Person of(String id, String name, PersonKind... kinds) {
        Set<PersonKind> set = kinds.length == 0 ? EnumSet.of(PersonKind.RESIDENT) : EnumSet.of(kinds[0], kinds);
        return new Person(new PersonId(id), name, set, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of());
    }

    /** This person with a phone number. */
    public Person withPhone(PhoneNumber phone) {
        return new Person(id, name, kinds, Optional.of(phone), idNumber, residence, employer, party, keyGroups);
    }

    /** This person with an ID number. */
    public Person withIdNumber(IdNumber idNumber) {
        return new Person(id, name, kinds, phone, Optional.of(idNumber), residence, employer, party, keyGroups);
    }

    /** This person living at a node. */
    public Person livingAt(NodeId residence) {
        return new Person(id, name, kinds, phone, idNumber, Optional.of(residence), employer, party, keyGroups);
    }

    /** This person working for an organization. */
    public Person employedBy(OrganizationId employer) {
        return new Person(id, name, kinds, phone, idNumber, residence, Optional.of(employer), party, keyGroups);
    }

    /** This person as a party member of a branch; adds {@link PersonKind#PARTY_MEMBER} to the kinds. */
    public Person partyMember(OrganizationId branch, boolean inService) {
        Set<PersonKind> withMember = EnumSet.copyOf(kinds);
        withMember.add(PersonKind.PARTY_MEMBER);
        return new Person(id, name, withMember, phone, idNumber, residence, employer,
                Optional.of(new PartyMembership(branch, inService)), keyGroups);
    }

    /** This person registered in key groups (replacing any given before). */
    public Person inKeyGroups(KeyGroup... groups) {
        return new Person(id, name, kinds, phone, idNumber, residence, employer, party, Set.of(groups));
    }

    /** True for an in-service party member (在职党员). */
    public boolean isInServicePartyMember() {
        return party.map(PartyMembership::inService).orElse(false);
    }

    /** The name with all but its first character masked: {@code 王**}; a one-character name is all masked. */
    public String maskedName() {
        return org.gridgov.privacy.Masking.name(name);
    }

    /** A description with name, phone and ID number masked. */
    @Override
    public String toString() {
        return "Person[id=" + id + ", name=" + maskedName() + ", kinds=" + kinds
                + phone.map(p -> ", phone=" + p.masked()).orElse("")
                + idNumber.map(n -> ", idNumber=" + n.masked()).orElse("")
                + residence.map(r -> ", residence=" + r).orElse("")
                + employer.map(e -> ", employer=" + e).orElse("")
                + party.map(p -> ", party=" + p).orElse("")
                + (keyGroups.isEmpty() ? "" : ", keyGroups=" + keyGroups) + "]";
    }
}
