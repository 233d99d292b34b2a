package org.gridgov.deliberation;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.i18n.Bilingual;

/**
 * When a meeting may decide: a share of the body's seats taken (present or represented), and seats that must be
 * taken whatever the share (the chair, the party whose matter it is).
 *
 * @param share    the share of seats that must be taken
 * @param required seats (by key) that must be taken
 */
public record QuorumRule(Threshold share, Set<String> required) {
    /** More than half of the seats, none required. */
    public static final QuorumRule MORE_THAN_HALF = new QuorumRule(Threshold.MORE_THAN_HALF, Set.of());

    /** @throws NullPointerException if an argument is null */
    public QuorumRule {
        Objects.requireNonNull(share, "share");
        required = Set.copyOf(new TreeSet<>(required));
    }

    /** The same rule requiring one more seat as well. */
    public QuorumRule requiring(String seat) {
        Set<String> more = new TreeSet<>(required);
        more.add(seat);
        return new QuorumRule(share, more);
    }

    /** The stricter of two rules' shares, with the seats both require. */
    public QuorumRule stricter(QuorumRule other) {
        Threshold s = other.share.stricterThan(share) ? other.share : share;
        Set<String> both = new TreeSet<>(required);
        both.addAll(other.required);
        return new QuorumRule(s, both);
    }

    /** The rule in words: {@code 过半数席位到会 / more than half of the seats taken}. */
    public Bilingual describe() {
        Bilingual s = share.describe();
        String req = String.join("、", new TreeSet<>(required));
        return Bilingual.of(s.zh() + "席位到会" + (required.isEmpty() ? "" : "，且" + req + "必须到会"),
                s.en() + " of the seats taken" + (required.isEmpty() ? "" : ", with " + String.join(", ",
                        new TreeSet<>(required)) + " present"));
    }
}
