package org.gridgov.rules.escalation;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.gridgov.escalation.Due;
import org.gridgov.escalation.DueItem;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.organization.Organization;
import org.gridgov.escalation.EscalationRequest;

/**
 * What fell due, said for people: {@code 昌邑区住房和城乡建设局的报到时限（06-20 11:30）已到} /
 * {@code the report-in deadline of … (06-20 11:30) has passed}, so that an escalation's explanation names its cause.
 */
final class DueText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private DueText() {
    }

    /** The due item of a request as a clause: what it was, when, and that it is due. */
    static Bilingual of(EscalationRequest request) {
        DueItem item = request.due();
        String when = LocalDateTime.ofInstant(item.due(), request.city().zone()).format(WHEN);
        if (item.what() instanceof Due.ReportIn r) {
            Bilingual org = request.city().organizations().find(r.organization())
                    .map(Organization::name).orElse(Bilingual.zh(r.organization().value()));
            return Bilingual.of(org.zh() + "的报到时限（" + when + "）已到，未报到",
                    "the report-in deadline of " + org.en() + " (" + when + ") passed without a check-in");
        }
        if (item.what() instanceof Due.Reaction r) {
            return switch (r.reaction()) {
                case RATED_UNSATISFIED -> Bilingual.of("群众评价不满意（" + when + "）", "the resident rated the result "
                        + "unsatisfied (" + when + ")");
                case PARTIES_CHECKED_IN -> Bilingual.of("多个部门已报到（" + when + "）",
                        "several parties have reported in (" + when + ")");
            };
        }
        return deadline(item.deadlineKind().orElseThrow(), when, request);
    }

    private static Bilingual deadline(DeadlineKind kind, String when, EscalationRequest request) {
        String stage = request.stage().map(Object::toString).orElse("");
        if (kind.equals(DeadlineKind.RESOLVE)) {
            return Bilingual.of("办理时限（" + when + "）已到，仍未办结",
                    "the time limit (" + when + ") passed before the case was resolved");
        }
        if (kind.equals(DeadlineKind.STAGE)) {
            return Bilingual.of("办理环节“" + stage + "”的时限（" + when + "）已到",
                    "the time limit of step '" + stage + "' (" + when + ") passed");
        }
        if (kind.equals(DeadlineKind.CONSULT)) {
            return Bilingual.of("会商时限（" + when + "）已到，未组织会商",
                    "the consultation deadline (" + when + ") passed without a consultation");
        }
        return kind.warningFraction().map(f -> {
            long percent = Math.round(f * 100);
            return Bilingual.of("办理时限的 " + percent + "% 预警点（" + when + "）已到",
                    "the " + percent + " % warning point of the time limit (" + when + ") is reached");
        }).orElseGet(() -> Bilingual.of("时限 " + kind + "（" + when + "）已到", kind + " (" + when + ") is due"));
    }
}
