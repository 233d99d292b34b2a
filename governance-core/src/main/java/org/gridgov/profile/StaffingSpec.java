package org.gridgov.profile;

import java.time.LocalDate;
import java.util.List;

/**
 * Staff generated where the documents give only counts ("8 万余名网格员", "一个街道一支队伍"): teams created at
 * every node of a level, and posts filled at every node of a level or in every organization of a type, by
 * people with generated (fictional) names. Declared organizations and assignments win: a team is not generated
 * where an organization of its type is already attached, nor a post where a primary is already assigned.
 *
 * @param seed    seeds the generated names, so that a profile always yields the same people; default 0
 * @param from    the first day of every generated assignment and pairing; default 2000-01-01
 * @param teams   the teams (organizations) to generate
 * @param posts   the posts to fill
 * @param members in-service party members and their units to generate; absent for none
 */
public record StaffingSpec(Long seed, LocalDate from, List<Team> teams, List<Post> posts, Members members) {
    public StaffingSpec {
        teams = teams == null ? List.of() : List.copyOf(teams);
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    /**
     * In-service party members (在职党员) at a seed's scale where the report gives only counts (龙岩: 37,455 members of
     * 890 units reporting to 132 communities). Each unit gets a party branch and is paired with one of the
     * communities in turn (结对共建); each member works for a unit chosen evenly, belongs to its branch, and lives in a
     * grid of one of the communities chosen evenly, or, for the share {@code elsewhere}, in none of them (and so
     * reports to the unit's paired community). Generated ids: {@code gen-unit-0001}, {@code gen-unit-0001-party},
     * {@code gen-member-000001}.
     *
     * @param count       how many members, 1 to 1,000,000
     * @param units       how many units employ them, 1 to {@code count}
     * @param unitType    the units' organization type
     * @param branchType  the type of each unit's party branch, a party type
     * @param at          the node the units are attached to; default the root
     * @param area        the node whose communities take part; default the root
     * @param communities how many of the area's communities take part (urban communities first, in the tree's
     *                    order); default all
     * @param elsewhere   the share of members who live in none of the city's communities, 0 to 1; default 0
     */
    public record Members(Integer count, Integer units, String unitType, String branchType, String at, String area,
                          Integer communities, Double elsewhere) {
    }

    /**
     * One organization of a type at every node of a level.
     *
     * @param type  the organization type's id
     * @param per   the level id
     * @param name  the name, where {@code {node}} stands for the node's name: {@code {node}综合执法队}
     * @param kinds only nodes of these kinds (from the division data: {@code community}, {@code village},
     *              {@code subdistrict}, {@code town}…); all nodes of the level when empty
     */
    public record Team(String type, String per, NameSpec name, List<String> kinds) {
        public Team {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }
    }

    /**
     * A role filled at every node of a level ({@code per}), or in every organization of a type
     * ({@code organizationType}, for roles scoped to organizations).
     *
     * @param role             the role type's id
     * @param per              the level id, for node-scoped roles
     * @param organizationType the organization type, for organization-scoped roles
     * @param backup           whether a B post (backup) is filled too; default false
     * @param kinds            the generated people's kinds; default {@code [cadre]}
     */
    public record Post(String role, String per, String organizationType, Boolean backup, List<String> kinds) {
        public Post {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }
    }
}
