package org.gridgov.server.api;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.gridgov.server.http.HttpFailure;

/** A command by the name in its path; an unknown name is a {@code 404} that lists the known ones. */
final class NamedCommands {
    private NamedCommands() {
    }

    static <C> C find(Map<String, C> commands, String name) {
        return Optional.ofNullable(commands.get(name)).orElseThrow(() -> HttpFailure.notFound("unknown-command",
                "没有这个命令，可用: " + new TreeSet<>(commands.keySet()),
                "no such command; there are " + new TreeSet<>(commands.keySet())));
    }
}
