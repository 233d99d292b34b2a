package org.gridgov.policy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * Why a decision came out as it did: the rules that fired, the candidates that lost, and one sentence in
 * Chinese and English, e.g. {@code 路面破损（城市管理类）由兴华街道城管科承办：规则“道路设施归街道城管”}.
 *
 * @param reason   the one-sentence reason
 * @param fired    the rules that fired, in firing order
 * @param losers   candidates proposed but not chosen, with why each lost
 * @param fallback true if no rule decided and the fallback owner (兜底) took the issue
 */
public record Explanation(Bilingual reason, List<RuleTrace> fired, List<Candidate> losers, boolean fallback) {
    public Explanation {
        Objects.requireNonNull(reason, "reason");
        fired = ImmutableList.copyOf(fired);
        losers = ImmutableList.copyOf(losers);
    }
}
