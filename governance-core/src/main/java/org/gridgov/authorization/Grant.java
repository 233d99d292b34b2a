package org.gridgov.authorization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.LevelId;

/**
 * One line of a permission matrix: these commands, for these principals, under these conditions. A command is
 * allowed when some grant's conditions all hold.
 *
 * @param id        a stable id, by which a city's pack replaces or revokes the grant
 * @param name      what it allows, for people
 * @param commands  the commands it allows, at least one
 * @param who       whom it is for
 * @param relation  how the actor must stand to the issue
 * @param atOrAbove for roles: the role must be held at this level or a higher one, if given
 * @param reach     for roles: whether the command's node must lie in the subtree where the role is held
 */
public record Grant(String id, Bilingual name, Set<CommandKind> commands, Who who, Relation relation,
                    Optional<LevelId> atOrAbove, Reach reach) {

    /** Where a role's grant reaches. */
    public enum Reach {
        /** The command's node must lie at or under the node where the role is held. */
        SUBTREE,
        /** Anywhere in the city. */
        ANYWHERE
    }

    /** @throws IllegalArgumentException if the id is blank or no command is given */
    public Grant {
        checkArgument(id != null && !id.isBlank(), "a grant needs an id");
        Objects.requireNonNull(name, "name");
        commands = ImmutableSet.copyOf(commands);
        checkArgument(!commands.isEmpty(), "grant %s allows no command", id);
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(atOrAbove, "atOrAbove");
        Objects.requireNonNull(reach, "reach");
    }

    /** Whether it allows the command at all. */
    public boolean covers(CommandKind command) {
        return commands.contains(command);
    }
}
