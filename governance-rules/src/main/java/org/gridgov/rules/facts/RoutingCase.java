package org.gridgov.rules.facts;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The issue as routing rules see it: the fact a rule pack matches, and the object whose methods its actions
 * call. Everything is plain text and numbers so that decision tables and Chinese DSL sentences can name
 * values as people write them.
 *
 * <p>Conditions: {@code category}, {@code within("environment")} (the category or one of its ancestors),
 * {@code hasLevel("grid")} (the location is at or below a grid), {@code channel}, {@code severity} ({@code low}, {@code medium}, {@code high}, {@code critical}) and
 * {@code severityRank} (1–4), {@code locationLevel} (the level id of the location), {@code location},
 * {@code locatedIn("220202001")}, {@code hasTag("…")}, {@code rejections}, {@code emergency}, {@code layer} (the id of
 * the net the category belongs to, empty if none) and {@code inLayer("平安网")} (by the net's id or name).
 *
 * <p>Actions: {@link #handleAt}, {@link #handleBy(String, String)}, {@link #handleBy(String, String, String)},
 * {@link #coHandle}, {@link #coHandleFromAlliance}, {@link #atLeast}, {@link #limit}. An action only records what the rule asked for; the
 * routing policy decides between them after all rules have fired.
 *
 * <p>Rules must depend on nothing but what these accessors answer: routing memoises firings by those answers
 * ({@link CaseReads}). The case's text ({@code toString}) is what explanations show, not a condition to match on.
 */
public final class RoutingCase implements QueryableCase {
    private final String issueId;
    private final String category;
    private final List<String> categoryPath;
    private final String channel;
    private final String severity;
    private final int severityRank;
    private final String location;
    private final String locationLevel;
    private final List<String> locationPath;
    private final List<String> levelPath;
    private final Set<String> tags;
    private final int rejections;
    private final boolean emergency;
    private final String layer;
    private final Set<String> layerNames;
    private final CaseReads reads;
    private final List<Proposal> proposals = new ArrayList<>();
    /** The text explanations show for the matched case, made once: every firing of the case shows it. */
    private String text;

    /**
     * @param issueId       the issue's id
     * @param categoryPath  the category first, then its ancestors up to the top-level category
     * @param channel       the intake channel's id
     * @param severity      the severity's lower-case name
     * @param severityRank  1 (low) to 4 (critical)
     * @param locationPath  the location's node id first, then its ancestors up to the root
     * @param levelPath     the level words of the location and its ancestors, in the same order
     * @param tags          the issue's tags
     * @param rejections    how many owners have rejected the dispatch so far
     * @param emergency     whether the location is in emergency mode (平急结合)
     * @param layer         the id of the layer (net) the category belongs to; empty if none
     * @param layerNames    the names that layer goes by (Chinese, English), matched by {@link #inLayer} as well
     * @param reads         where the questions rules ask of this case are collected while recording; null for none
     */
    public RoutingCase(String issueId, List<String> categoryPath, String channel, String severity, int severityRank,
                       List<String> locationPath, List<String> levelPath, Set<String> tags, int rejections,
                       boolean emergency, String layer, Set<String> layerNames, CaseReads reads) {
        this.reads = reads;
        this.issueId = issueId;
        this.categoryPath = ImmutableList.copyOf(categoryPath);
        this.category = categoryPath.get(0);
        this.channel = channel;
        this.severity = severity.toLowerCase(Locale.ROOT);
        this.severityRank = severityRank;
        this.locationPath = ImmutableList.copyOf(locationPath);
        this.location = locationPath.get(0);
        this.levelPath = ImmutableList.copyOf(levelPath);
        this.locationLevel = levelPath.get(0);
        this.tags = ImmutableSet.copyOf(tags);
        this.rejections = rejections;
        this.emergency = emergency;
        this.layer = layer == null ? "" : layer;
        this.layerNames = this.layer.isEmpty() ? Set.of() : ImmutableSet.copyOf(layerNames);
    }

    /** A case whose reads nobody collects. */
    public RoutingCase(String issueId, List<String> categoryPath, String channel, String severity, int severityRank,
                       List<String> locationPath, List<String> levelPath, Set<String> tags, int rejections,
                       boolean emergency, String layer, Set<String> layerNames) {
        this(issueId, categoryPath, channel, severity, severityRank, locationPath, levelPath, tags, rejections,
                emergency, layer, layerNames, null);
    }

    /** A case whose category belongs to no layer. */
    public RoutingCase(String issueId, List<String> categoryPath, String channel, String severity, int severityRank,
                       List<String> locationPath, List<String> levelPath, Set<String> tags, int rejections,
                       boolean emergency) {
        this(issueId, categoryPath, channel, severity, severityRank, locationPath, levelPath, tags, rejections,
                emergency, "", Set.of());
    }

    /** A case in ordinary times. */
    public RoutingCase(String issueId, List<String> categoryPath, String channel, String severity, int severityRank,
                       List<String> locationPath, List<String> levelPath, Set<String> tags, int rejections) {
        this(issueId, categoryPath, channel, severity, severityRank, locationPath, levelPath, tags, rejections, false);
    }

    /** True while the location is in emergency mode (平急结合). */
    public boolean isEmergency() {
        CaseReads.note(reads, CaseQuery.Kind.EMERGENCY);
        return emergency;
    }

    public String getIssueId() {
        CaseReads.note(reads, CaseQuery.Kind.ISSUE_ID);
        return issueId;
    }

    public String getCategory() {
        CaseReads.note(reads, CaseQuery.Kind.CATEGORY);
        return category;
    }

    /** The category first, then its ancestors. */
    public List<String> getCategoryPath() {
        CaseReads.note(reads, CaseQuery.Kind.CATEGORY_PATH);
        return categoryPath;
    }

    /** True if the issue's category is {@code categoryId} or lies below it. */
    public boolean within(String categoryId) {
        CaseReads.note(reads, CaseQuery.Kind.WITHIN, categoryId);
        return categoryPath.contains(categoryId);
    }

    public String getChannel() {
        CaseReads.note(reads, CaseQuery.Kind.CHANNEL);
        return channel;
    }

    public String getSeverity() {
        CaseReads.note(reads, CaseQuery.Kind.SEVERITY);
        return severity;
    }

    public int getSeverityRank() {
        CaseReads.note(reads, CaseQuery.Kind.SEVERITY_RANK);
        return severityRank;
    }

    public String getLocation() {
        CaseReads.note(reads, CaseQuery.Kind.LOCATION);
        return location;
    }

    public String getLocationLevel() {
        CaseReads.note(reads, CaseQuery.Kind.LOCATION_LEVEL);
        return locationLevel;
    }

    /** True if the location is the node or lies below it. */
    public boolean locatedIn(String nodeId) {
        CaseReads.note(reads, CaseQuery.Kind.LOCATED_IN, nodeId);
        return locationPath.contains(nodeId);
    }

    /**
     * True if the location is at this level or below a node of it: {@code hasLevel("grid")} for an issue in a
     * grid or in a building of a grid.
     */
    public boolean hasLevel(String level) {
        CaseReads.note(reads, CaseQuery.Kind.HAS_LEVEL, level);
        return levelPath.contains(level);
    }

    public boolean hasTag(String tag) {
        CaseReads.note(reads, CaseQuery.Kind.HAS_TAG, tag);
        return tags.contains(tag);
    }

    /** The id of the layer (net) the issue's category belongs to; empty if it belongs to none. */
    public String getLayer() {
        CaseReads.note(reads, CaseQuery.Kind.LAYER);
        return layer;
    }

    /** True if the category belongs to this layer (net), named by id or by name: {@code inLayer("平安网")}. */
    public boolean inLayer(String layerIdOrName) {
        CaseReads.note(reads, CaseQuery.Kind.IN_LAYER, layerIdOrName);
        return !layer.isEmpty() && (layer.equals(layerIdOrName) || layerNames.contains(layerIdOrName));
    }

    public int getRejections() {
        CaseReads.note(reads, CaseQuery.Kind.REJECTIONS);
        return rejections;
    }

    @Override
    public Object answer(CaseQuery query) {
        String a = query.arg();
        return switch (query.kind()) {
            case ISSUE_ID -> getIssueId();
            case CATEGORY -> getCategory();
            case CATEGORY_PATH -> getCategoryPath();
            case WITHIN -> within(a);
            case CHANNEL -> getChannel();
            case SEVERITY -> getSeverity();
            case SEVERITY_RANK -> getSeverityRank();
            case LOCATION -> getLocation();
            case LOCATION_LEVEL -> getLocationLevel();
            case LOCATED_IN -> locatedIn(a);
            case HAS_LEVEL -> hasLevel(a);
            case HAS_TAG -> hasTag(a);
            case LAYER -> getLayer();
            case IN_LAYER -> inLayer(a);
            case REJECTIONS -> getRejections();
            case EMERGENCY -> isEmergency();
            default -> throw new IllegalArgumentException("a routing case has no accessor for " + query);
        };
    }



    /** Own the issue at a level, by whoever handles that level by default. */
    public void handleAt(String level) {
        proposals.add(new Proposal(Proposal.Kind.HANDLE, level, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** Own the issue at a level by an organization of a type. */
    public void handleBy(String level, String organizationType) {
        proposals.add(new Proposal(Proposal.Kind.HANDLE, level, Optional.of(organizationType), Optional.empty(),
                Optional.empty()));
    }

    /** Own the issue at a level by an organization of a type, in a role (empty texts mean none). */
    public void handleBy(String level, String organizationType, String role) {
        proposals.add(new Proposal(Proposal.Kind.HANDLE, level, nonBlank(organizationType), nonBlank(role),
                Optional.empty()));
    }

    /** Handle it together with an organization of a type at a level. */
    public void coHandle(String level, String organizationType) {
        proposals.add(new Proposal(Proposal.Kind.CO_HANDLE, level, Optional.of(organizationType), Optional.empty(),
                Optional.empty()));
    }

    /**
     * Handle it together with the member of an organization type of the alliances (党建联盟) that sit at the node
     * of a level on the issue's path: {@code coHandleFromAlliance("street", "civil-affairs-bureau")} draws in the
     * civil affairs bureau whose liaison serves the issue's street. Nothing is added when no such member exists.
     */
    public void coHandleFromAlliance(String level, String organizationType) {
        proposals.add(new Proposal(Proposal.Kind.CO_HANDLE_ALLIANCE, level, Optional.of(organizationType),
                Optional.empty(), Optional.empty()));
    }

    /** Whoever owns it, not below this level. */
    public void atLeast(String level) {
        proposals.add(new Proposal(Proposal.Kind.AT_LEAST, level, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** The time limit that applies, as policy text: {@code 24 小时}, {@code 3 个工作日}. */
    public void limit(String limit) {
        proposals.add(new Proposal(Proposal.Kind.LIMIT, "", Optional.empty(), Optional.empty(), Optional.of(limit)));
    }

    /** Everything the rules asked for, in firing order. */
    @Override
    public List<Proposal> proposals() {
        return List.copyOf(proposals);
    }

    /** The number of proposals so far; the policy uses it to tell which rule made which. */
    @Override
    public int proposalCount() {
        return proposals.size();
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = describe();
            text = t;
        }
        return t;
    }

    private String describe() {
        return "RoutingCase[" + issueId + " " + category + " at " + location + " (" + locationLevel + "), " + severity
                + ", via " + channel + "]";
    }
}
