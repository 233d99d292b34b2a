package org.gridgov.server.city;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.CityEngine;
import org.gridgov.city.City;
import org.gridgov.engine.CityGovernance;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueId;
import org.gridgov.server.auth.ApiTokens;

/**
 * One served city. New cases are numbered {@code <city>-<n>} from one past the highest such number in the store, so
 * a restarted server continues the sequence. Thread-safe.
 */
public final class ServedCity {
    private final CityEngine engine;
    private final Clock clock;
    private final ApiTokens tokens;
    private final AtomicLong lastNumber;
    private final AtomicLong changes = new AtomicLong();
    private final Object changed = new Object();

    /**
     * @param engine the city's engine over its store
     * @param clock  the server's clock: commands and ticks happen at its instant
     * @param tokens who may call
     */
    public ServedCity(CityEngine engine, Clock clock, ApiTokens tokens) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.lastNumber = new AtomicLong(highestNumber(engine));
    }

    private static long highestNumber(CityEngine engine) {
        String prefix = engine.city().id() + "-";
        return engine.engine().issues().stream().map(i -> i.id().value()).filter(id -> id.startsWith(prefix))
                .map(id -> id.substring(prefix.length())).filter(n -> n.matches("\\d{1,18}"))
                .mapToLong(Long::parseLong).max().orElse(0);
    }

    /** The city's engine with its pack. */
    public CityEngine engine() {
        return engine;
    }

    /** The engine's commands and queries. */
    public CityGovernance governance() {
        return engine.engine();
    }

    /** The served city. */
    public City city() {
        return engine.city();
    }

    /** Who may call. */
    public ApiTokens tokens() {
        return tokens;
    }

    /** The server clock's instant. */
    public Instant now() {
        return clock.instant();
    }

    /** A new case id, never handed out before by this store's servers. */
    public IssueId nextId() {
        return new IssueId(city().id() + "-" + String.format("%06d", lastNumber.incrementAndGet()));
    }

    /** An issue by id; empty for a blank or overlong id, as for an unknown one. */
    public java.util.Optional<Issue> issue(String id) {
        if (id.isBlank() || id.length() > 200) {
            return java.util.Optional.empty();
        }
        return governance().issue(new IssueId(id));
    }

    /** Says that something changed: live pages refresh. */
    public void changed() {
        changes.incrementAndGet();
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /** How many changes were announced. */
    public long changes() {
        return changes.get();
    }

    /** Waits until more than {@code seen} changes were announced, or the time is up; returns the count. */
    public long awaitChange(long seen, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (changed) {
            while (changes.get() <= seen) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                changed.wait(left);
            }
        }
        return changes.get();
    }
}
