package org.gridgov.profile;

import java.time.LocalDate;
import java.util.List;

/**
 * Staff generated where the documents give only counts ("8 万余名网格员", "一个街道一支队伍"): teams created at
 * every node of a level, and posts filled at every node of a level or in every organization of a type, by
 * people with generated (fictional) names. Declared organizations and assignments win: a team is not generated
 * where an organization of its type is already attached, nor a post where a primary is already assigned.
 *
 * @param seed  seeds the generated names, so that a profile always yields the same people; default 0
 * @param from  the first day of every generated assignment; default 2000-01-01
 * @param teams the teams (organizations) to generate
 * @param posts the posts to fill
 */
public record StaffingSpec(Long seed, LocalDate from, List<Team> teams, List<Post> posts) {
    public StaffingSpec {
        teams = teams == null ? List.of() : List.copyOf(teams);
        posts = posts == null ? List.of() : List.copyOf(posts);
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
