package org.gridgov.profile;

import java.util.List;

/**
 * A person. Phone and ID number are personal data: they are masked wherever the library prints them.
 *
 * @param id        their id
 * @param name      their name
 * @param kinds     {@code resident}, {@code cadre}, {@code party_member}, {@code volunteer}, {@code grid_worker}
 * @param phone     phone number
 * @param idNumber  18-character resident ID number
 * @param residence the node they live in
 * @param employer  the organization they work for
 * @param party     party membership, for party members
 * @param keyGroups {@code elderly}, {@code children}, {@code disabled}, {@code workers}, {@code youth},
 *                  {@code women}
 */
public record PersonSpec(String id, String name, List<String> kinds, String phone, String idNumber,
                         String residence, String employer, PartySpec party, List<String> keyGroups) {
    public PersonSpec {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        keyGroups = keyGroups == null ? List.of() : List.copyOf(keyGroups);
    }

    /** The entry for logs: phone and ID number are personal data and never printed. */
    @Override
    public String toString() {
        return "PersonSpec[id=" + id + ", kinds=" + kinds + ", phone=" + (phone == null ? "none" : "***")
                + ", idNumber=" + (idNumber == null ? "none" : "***") + ", residence=" + residence
                + ", employer=" + employer + ", party=" + party + ", keyGroups=" + keyGroups + "]";
    }

    /**
     * Party membership.
     *
     * @param branch    the party branch's organization id
     * @param inService true for in-service members (在职党员), who report in to a community; default false
     */
    public record PartySpec(String branch, Boolean inService) {
        public PartySpec {
            inService = inService != null && inService;
        }
    }
}
