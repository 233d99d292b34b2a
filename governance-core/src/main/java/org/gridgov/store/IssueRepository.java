package org.gridgov.store;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.actor.Actor;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Outcome;
import org.gridgov.issue.Rejection;

/**
 * Runs issue commands against an {@link EventStore}: load the issue, apply the command, append its event with
 * the loaded version. It holds no state of its own and is as thread-safe as its store; a concurrent writer
 * shows up as {@link CommandResult.Conflicted}, never as a lost update.
 */
public final class IssueRepository {
    private final EventStore store;

    /** A repository over the given store. */
    public IssueRepository(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The store this repository writes to. */
    public EventStore store() {
        return store;
    }

    /** The issue rebuilt from the store, if known. */
    public Optional<Issue> load(IssueId id) {
        return store.load(id);
    }

    /**
     * Reports a new issue and stores its {@code Reported} event.
     *
     * @return {@link CommandResult.Done}, or {@link CommandResult.Conflicted} if the id is already taken
     * @throws NullPointerException if an argument is null
     */
    public CommandResult report(IssueId id, IssueFacts facts, Actor actor, Instant at) {
        return store(id, Issue.report(id, facts, actor, at), 0);
    }

    /**
     * Loads an issue, runs a command on it and stores the accepted event, for example
     * {@code repository.execute(id, issue -> issue.accept(actor, now))}.
     *
     * @param command a command of {@link Issue}, or any function proposing one event for that issue
     * @return {@link CommandResult.Done}; {@link CommandResult.Refused} with code {@code unknown-issue} or the
     *     lifecycle's refusal; or {@link CommandResult.Conflicted} if another writer appended meanwhile
     * @throws NullPointerException if an argument is null or the command returns null
     * @throws IllegalArgumentException if the command's event belongs to another issue
     */
    public CommandResult execute(IssueId id, Function<Issue, Outcome> command) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(command, "command");
        Optional<Issue> loaded = store.load(id);
        if (loaded.isEmpty()) {
            return new CommandResult.Refused(Rejection.of("unknown-issue", "没有编号为 " + id + " 的问题",
                    "there is no issue " + id));
        }
        Outcome outcome = Objects.requireNonNull(command.apply(loaded.get()), "the command's outcome");
        return store(id, outcome, loaded.get().version());
    }

    private CommandResult store(IssueId id, Outcome outcome, long expectedVersion) {
        if (outcome instanceof Outcome.Rejected r) {
            return new CommandResult.Refused(r.rejection());
        }
        Outcome.Accepted a = (Outcome.Accepted) outcome;
        checkArgument(a.event().issue().equals(id), "the command proposed an event for issue %s, not %s",
                a.event().issue(), id);
        checkArgument(a.issue().version() == expectedVersion + 1, "a command proposes exactly one event");
        AppendResult result = store.append(id, expectedVersion, List.of(a.event()));
        return result instanceof AppendResult.Conflict c
                ? new CommandResult.Conflicted(c)
                : new CommandResult.Done(a.issue(), a.event());
    }
}
