package org.gridgov.rules.facts;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An issue with something due, as escalation rules see it: the fact they match, and the object whose methods
 * their actions call.
 *
 * <p>Conditions: {@code due} (the deadline kind: {@code resolve}, {@code warn-80}, …, or {@code report-in}),
 * {@code warning} (a warning instant), {@code reportIn} (a summoned organization's report-in deadline) and
 * {@code reportingOrganization}, {@code within("environment")}, {@code severity}, {@code severityRank},
 * {@code ownerLevel} (the level word of the current owner), {@code escalationLevel} (how many times it went up),
 * {@code pendingReportIns}, {@code checkedIn}, {@code emergency}, {@code ownerAbsent}, {@code stage} (the procedure stage; a lapsed
 * stage comes as {@code due == "stage"}).
 *
 * <p>Also {@code ratedUnsatisfied}: a resident rated the result unsatisfied (handed over at once, not by time).
 *
 * <p>Actions: {@link #warn}, {@link #escalate}, {@link #summon}, {@link #missedReportIn}, {@link #supervise},
 * {@link #deadline}, {@link #reopen}, {@link #summonAlliance}, {@link #reassign}. They only record what the rule asked for; the policy resolves them.
 *
 * <p>Rules must depend on nothing but what these accessors answer: escalation remembers firings by those answers
 * ({@link CaseReads}). The case's text ({@code toString}) is what explanations show, not a condition.
 */
public final class EscalationCase implements QueryableCase {
    private final String issueId;
    private final String due;
    private final String reportingOrganization;
    private final List<String> categoryPath;
    private final String severity;
    private final int severityRank;
    private final String ownerLevel;
    private final int escalationLevel;
    private final int pendingReportIns;
    private final int checkedIn;
    private final boolean emergency;
    private final String stage;
    private final boolean ownerAbsent;
    private final CaseReads reads;
    private final List<Proposal> proposals = new ArrayList<>();

    /**
     * @param issueId               the issue's id
     * @param due                   the due deadline's kind, or {@code report-in}
     * @param reportingOrganization for a report-in, the organization; else empty text
     * @param categoryPath          the category, then its ancestors
     * @param severity              lower-case severity name
     * @param severityRank          1 (low) to 4 (critical)
     * @param ownerLevel            the level word of the current owner's node
     * @param escalationLevel       how many times the issue has been escalated
     * @param pendingReportIns      summoned organizations not yet reported in
     * @param checkedIn             organizations that have reported in
     * @param emergency             whether the location is in emergency mode
     * @param stage                 the issue's current procedure stage, or empty text without a procedure
     * @param ownerAbsent           whether the person who owns the issue is away (recorded leave) now
     * @param reads                 where the questions rules ask of this case are collected while recording; null
     *                              for none
     */
    public EscalationCase(String issueId, String due, String reportingOrganization, List<String> categoryPath,
                          String severity, int severityRank, String ownerLevel, int escalationLevel,
                          int pendingReportIns, int checkedIn, boolean emergency, String stage, boolean ownerAbsent,
                          CaseReads reads) {
        this.reads = reads;
        this.issueId = issueId;
        this.due = due;
        this.reportingOrganization = reportingOrganization;
        this.categoryPath = ImmutableList.copyOf(categoryPath);
        this.severity = severity;
        this.severityRank = severityRank;
        this.ownerLevel = ownerLevel;
        this.escalationLevel = escalationLevel;
        this.pendingReportIns = pendingReportIns;
        this.checkedIn = checkedIn;
        this.emergency = emergency;
        this.stage = stage;
        this.ownerAbsent = ownerAbsent;
    }

    /** True if the person who owns the issue is away now (A/B岗: the backup should take it). */
    public boolean isOwnerAbsent() {
        CaseReads.note(reads, CaseQuery.Kind.OWNER_ABSENT);
        return ownerAbsent;
    }

    /** Give the issue to the backup of the absent owner's post (转B岗). */
    public void reassign() {
        add(Proposal.Kind.REASSIGN, "", Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The current procedure stage's id ({@code report-in}, {@code consult}…), or empty text. */
    public String getStage() {
        CaseReads.note(reads, CaseQuery.Kind.STAGE);
        return stage;
    }

    public String getIssueId() {
        CaseReads.note(reads, CaseQuery.Kind.ISSUE_ID);
        return issueId;
    }

    public String getDue() {
        CaseReads.note(reads, CaseQuery.Kind.DUE);
        return due;
    }

    /** True for a warning instant ({@code warn-50}, {@code warn-80}). */
    public boolean isWarning() {
        CaseReads.note(reads, CaseQuery.Kind.WARNING);
        return due.startsWith("warn-");
    }

    /** True for a summoned organization's report-in deadline. */
    public boolean isReportIn() {
        CaseReads.note(reads, CaseQuery.Kind.REPORT_IN);
        return due.equals("report-in");
    }

    public String getReportingOrganization() {
        CaseReads.note(reads, CaseQuery.Kind.REPORTING_ORGANIZATION);
        return reportingOrganization;
    }

    public boolean within(String categoryId) {
        CaseReads.note(reads, CaseQuery.Kind.WITHIN, categoryId);
        return categoryPath.contains(categoryId);
    }

    public String getCategory() {
        CaseReads.note(reads, CaseQuery.Kind.CATEGORY);
        return categoryPath.get(0);
    }

    public String getSeverity() {
        CaseReads.note(reads, CaseQuery.Kind.SEVERITY);
        return severity;
    }

    public int getSeverityRank() {
        CaseReads.note(reads, CaseQuery.Kind.SEVERITY_RANK);
        return severityRank;
    }

    public String getOwnerLevel() {
        CaseReads.note(reads, CaseQuery.Kind.OWNER_LEVEL);
        return ownerLevel;
    }

    public int getEscalationLevel() {
        CaseReads.note(reads, CaseQuery.Kind.ESCALATION_LEVEL);
        return escalationLevel;
    }

    public int getPendingReportIns() {
        CaseReads.note(reads, CaseQuery.Kind.PENDING_REPORT_INS);
        return pendingReportIns;
    }

    public int getCheckedIn() {
        CaseReads.note(reads, CaseQuery.Kind.CHECKED_IN);
        return checkedIn;
    }

    public boolean isEmergency() {
        CaseReads.note(reads, CaseQuery.Kind.EMERGENCY);
        return emergency;
    }

    /** Warn the owner with a message in Chinese and English. */
    public void warn(String zh, String en) {
        add(Proposal.Kind.WARN, "", Optional.empty(), Optional.empty(), Optional.of(zh + "\n" + en));
    }

    /** Escalate one level up (吹哨). */
    public void escalate() {
        add(Proposal.Kind.ESCALATE, "", Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Escalate up to a level at once, or one level up if that is higher (吉林's 市委督单 takes the case to the
     * city): {@code escalateTo("city")}.
     */
    public void escalateTo(String level) {
        add(Proposal.Kind.ESCALATE, level, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Summon the organization of a type at a level on the issue's path to report in within a limit. */
    public void summon(String level, String organizationType, String limit) {
        add(Proposal.Kind.SUMMON, level, Optional.of(organizationType), Optional.of(limit), Optional.empty());
    }

    /**
     * Summon every member of the alliances (大党委, 党建联盟) that sit at the node of a level on the issue's path,
     * each to report in within a limit (各方报到).
     */
    public void summonAlliance(String level, String limit) {
        add(Proposal.Kind.SUMMON_ALLIANCE, level, Optional.empty(), Optional.of(limit), Optional.empty());
    }

    /** Record the due report-in as missed, against its organization. */
    public void missedReportIn() {
        add(Proposal.Kind.MISSED_REPORT_IN, "", Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Supervision (督办) with a note. */
    public void supervise(String note) {
        add(Proposal.Kind.SUPERVISE, "", Optional.empty(), Optional.empty(), Optional.of(note));
    }

    /** Reopen the issue (重办), back to its last owner. */
    public void reopen() {
        add(Proposal.Kind.REOPEN, "", Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** True for a resident's unsatisfied rating, handed over at once. */
    public boolean isRatedUnsatisfied() {
        CaseReads.note(reads, CaseQuery.Kind.RATED_UNSATISFIED);
        return due.equals("rated-unsatisfied");
    }

    /** Set a deadline of a kind with a limit as policy text. */
    public void deadline(String kind, String limit) {
        add(Proposal.Kind.DEADLINE, kind, Optional.empty(), Optional.of(limit), Optional.empty());
    }

    @Override
    public Object answer(CaseQuery query) {
        return switch (query.kind()) {
            case ISSUE_ID -> getIssueId();
            case DUE -> getDue();
            case WARNING -> isWarning();
            case REPORT_IN -> isReportIn();
            case RATED_UNSATISFIED -> isRatedUnsatisfied();
            case REPORTING_ORGANIZATION -> getReportingOrganization();
            case WITHIN -> within(query.arg());
            case CATEGORY -> getCategory();
            case SEVERITY -> getSeverity();
            case SEVERITY_RANK -> getSeverityRank();
            case OWNER_LEVEL -> getOwnerLevel();
            case ESCALATION_LEVEL -> getEscalationLevel();
            case PENDING_REPORT_INS -> getPendingReportIns();
            case CHECKED_IN -> getCheckedIn();
            case EMERGENCY -> isEmergency();
            case STAGE -> getStage();
            case OWNER_ABSENT -> isOwnerAbsent();
            default -> throw new IllegalArgumentException("an escalation case has no accessor for " + query);
        };
    }



    private void add(Proposal.Kind kind, String level, Optional<String> type, Optional<String> limit,
                     Optional<String> note) {
        proposals.add(new Proposal(kind, level, type, Optional.empty(), limit, note));
    }

    @Override
    public List<Proposal> proposals() {
        return List.copyOf(proposals);
    }

    @Override
    public int proposalCount() {
        return proposals.size();
    }

    @Override
    public String toString() {
        return "EscalationCase[" + issueId + " " + due + (reportingOrganization.isEmpty() ? "" : " " + reportingOrganization)
                + ", owner at " + ownerLevel + ", level " + escalationLevel + "]";
    }
}
