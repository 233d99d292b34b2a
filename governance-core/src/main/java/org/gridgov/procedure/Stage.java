package org.gridgov.procedure;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.time.TimeLimit;

/**
 * One stage of a procedure, such as Jilin's 吹哨 (whistle), whose online form is 基层报单.
 *
 * @param id         the stage's id, unique in its procedure and not {@link StageId#ANY}
 * @param name       the stage's name as the city says it
 * @param onlineName the name of the same step on the city's online platform, if it has one
 * @param limit      how long a case may stay in the stage, counted from when it entered; empty for no limit
 */
public record Stage(StageId id, Bilingual name, Optional<Bilingual> onlineName, Optional<TimeLimit> limit) {
    /** @throws NullPointerException if an argument is null (use {@link Optional#empty()}) */
    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(onlineName, "onlineName");
        Objects.requireNonNull(limit, "limit");
    }

    /** A stage without online name or limit. */
    public static Stage of(String id, Bilingual name) {
        return new Stage(StageId.of(id), name, Optional.empty(), Optional.empty());
    }

    /** This stage with a time limit. */
    public Stage withLimit(TimeLimit limit) {
        return new Stage(id, name, onlineName, Optional.of(limit));
    }

    /** This stage with an online name. */
    public Stage withOnlineName(Bilingual online) {
        return new Stage(id, name, Optional.of(online), limit);
    }

    @Override
    public String toString() {
        return id + " " + name + limit.map(l -> " within " + l).orElse("");
    }
}
