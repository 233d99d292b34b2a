package org.gridgov.audit;

import java.util.List;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueId;

/** Queries over a trail and the check of its chain. */
public final class AuditTrail {
    private AuditTrail() {
    }

    /**
     * The first place the chain breaks, with what is wrong there: an entry whose hash its content does not give
     * (edited), or one that does not point at the entry before it or is out of sequence (dropped, inserted,
     * reordered). Empty for an intact trail.
     */
    public static Optional<Bilingual> verify(List<AuditEntry> entries) {
        AuditEntry before = null;
        for (AuditEntry e : entries) {
            long expected = before == null ? 1 : before.sequence() + 1;
            String previous = before == null ? AuditEntry.GENESIS : before.hash();
            if (!e.intact()) {
                return Optional.of(Bilingual.of("审计记录第 " + e.sequence() + " 条被改动过 (哈希不符)",
                        "audit entry " + e.sequence() + " was edited (its hash does not match its content)"));
            }
            if (e.sequence() != expected || !e.previous().equals(previous)) {
                return Optional.of(Bilingual.of("审计记录在第 " + expected + " 条处断开 (有记录被删除、插入或调换)",
                        "the audit trail breaks at entry " + expected + " (an entry was removed, inserted or moved)"));
            }
            before = e;
        }
        return Optional.empty();
    }

    /** The entries about one issue, in order. */
    public static List<AuditEntry> of(List<AuditEntry> entries, IssueId issue) {
        return entries.stream().filter(e -> e.record().issue().filter(issue::equals).isPresent()).toList();
    }

    /** The refused commands, in order. */
    public static List<AuditEntry> refused(List<AuditEntry> entries) {
        return entries.stream().filter(e -> e.record().verdict() == Verdict.REFUSED).toList();
    }
}
