package org.gridgov.rules.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a scenario step's {@code do:} names: an English key and Chinese aliases. */
interface StepAction {

    /** The English name used in files. */
    String key();

    /** The Chinese names also accepted. */
    List<String> aliases();

    /**
     * The action a file names, by English key (case-insensitive, {@code _} for {@code -}) or alias, among
     * {@code actions} except {@code except} (the expectation, which no {@code do:} names).
     */
    static <A extends StepAction> Optional<A> parse(A[] actions, A except, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (A a : actions) {
            if (a != except && (a.key().equals(t) || a.aliases().contains(text.trim()))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
