package org.gridgov.rules.runtime;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gridgov.rules.firing.FiringBudget;
import org.gridgov.rules.firing.FiringMemo;
import org.gridgov.rules.firing.SessionPool;

/**
 * What a policy keeps of the active pack between decisions: the {@link PreparedPack} and whatever the policy
 * derives from it ({@code T}), made again when the supplier gives another pack (hot swap). Routing, escalation
 * and evaluation each hold one, so none of them needs another's code.
 *
 * <p>Each decision runs on the pack that was active when it asked, even if another is activated meanwhile:
 * the old pack's sessions are closed, and a decision still on it finishes on fresh sessions. Thread-safe.
 *
 * @param <T> what the policy derives per pack (the prepared pack itself, or caches around it)
 */
public final class PackRuntime<T> {
    /** How many case shapes' firings a policy remembers per pack by default. */
    public static final int DEFAULT_MEMO = 65_536;

    private final Supplier<? extends ActivePack> packs;
    private final int memoCapacity;
    private final Function<PreparedPack, T> derive;
    private volatile Current<T> current;

    private record Current<T>(ActivePack pack, PreparedPack prepared, T derived) {
    }

    /**
     * @param packs        gives the active pack; asked once at the start of every decision
     * @param memoCapacity how many case shapes' firings to remember per pack (0: fire the rules for every case);
     *                     a pack that declares globals is never memoised
     * @param derive       what the policy makes of a newly prepared pack
     * @throws IllegalArgumentException if the capacity is negative
     */
    public PackRuntime(Supplier<? extends ActivePack> packs, int memoCapacity, Function<PreparedPack, T> derive) {
        this.packs = Objects.requireNonNull(packs, "packs");
        this.memoCapacity = FiringMemo.checkCapacity(memoCapacity);
        this.derive = Objects.requireNonNull(derive, "derive");
    }

    /** A runtime whose policy derives nothing beyond the prepared pack. */
    public static PackRuntime<PreparedPack> plain(Supplier<? extends ActivePack> packs, int memoCapacity) {
        return new PackRuntime<>(packs, memoCapacity, Function.identity());
    }

    /**
     * What the policy derived from the pack active now, prepared on first use.
     *
     * @throws NullPointerException if the supplier gives no pack
     */
    public T current() {
        ActivePack pack = Objects.requireNonNull(packs.get(), "no active pack");
        Current<T> c = current;
        if (c != null && c.pack() == pack) {
            return c.derived();
        }
        synchronized (this) {
            Current<T> old = current;
            if (old != null && old.pack() == pack) {
                return old.derived();
            }
            PreparedPack prepared = new PreparedPack(pack, pack.packSettings(),
                    new SessionPool(pack.kieBase(), FiringBudget.of(pack.settings())),
                    FiringMemo.forRules(pack.kieBase(), memoCapacity));
            c = new Current<>(pack, prepared, derive.apply(prepared));
            current = c;
            if (old != null) {
                old.prepared().sessions().close(); // decisions still on the old pack finish on fresh sessions
            }
            return c.derived();
        }
    }

    /** The memo's counts for the pack active now. */
    public FiringMemo.Counts memoCounts() {
        current(); // prepares the active pack if another was active
        return current.prepared().memo().counts();
    }
}
