package org.gridgov.rules.escalation;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.gridgov.escalation.DueItem;
import org.gridgov.i18n.Bilingual;
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
        if (item.reportingOrganization().isPresent()) {
            Bilingual org = request.city().organizations().find(item.reportingOrganization().get())
                    .map(Organization::name).orElse(Bilingual.zh(item.reportingOrganization().get().value()));
            return Bilingual.of(org.zh() + "的报到时限（" + when + "）已到，未报到",
                    "the report-in deadline of " + org.en() + " (" + when + ") passed without a check-in");
        }
        String key = item.key();
        return switch (key) {
            case "resolve" -> Bilingual.of("办理时限（" + when + "）已到，仍未办结",
                    "the time limit (" + when + ") passed before the case was resolved");
            case "stage" -> Bilingual.of("办理环节“" + request.stage().map(Object::toString).orElse("") + "”的时限（"
                    + when + "）已到", "the time limit of step '" + request.stage().map(Object::toString).orElse("")
                    + "' (" + when + ") passed");
            case "consult" -> Bilingual.of("会商时限（" + when + "）已到，未组织会商",
                    "the consultation deadline (" + when + ") passed without a consultation");
            case "rated-unsatisfied" -> Bilingual.of("群众评价不满意（" + when + "）", "the resident rated the result "
                    + "unsatisfied (" + when + ")");
            case "parties-checked-in" -> Bilingual.of("多个部门已报到（" + when + "）",
                    "several parties have reported in (" + when + ")");
            default -> key.startsWith("warn-")
                    ? Bilingual.of("办理时限的 " + key.substring(5) + "% 预警点（" + when + "）已到",
                            "the " + key.substring(5) + " % warning point of the time limit (" + when + ") is reached")
                    : Bilingual.of("时限 " + key + "（" + when + "）已到", key + " (" + when + ") is due");
        };
    }
}
