package org.gridgov.rules.facts;

/**
 * A community's need and a unit's resource of one joint-building agreement (需求清单、资源清单), as matching rules see
 * them. Conditions: {@code needCategory}, {@code needQuantity}, {@code resourceCategory}, {@code resourceQuantity},
 * {@code sameCategory}. Actions: {@link #match}, and {@link #noMatch} with a reason, which overrides any match. A
 * pair no rule matches does not match.
 */
public final class MatchCase extends ProposingFact {
    private final String needCategory;
    private final int needQuantity;
    private final String resourceCategory;
    private final int resourceQuantity;

    public MatchCase(String needCategory, int needQuantity, String resourceCategory, int resourceQuantity) {
        this.needCategory = needCategory;
        this.needQuantity = needQuantity;
        this.resourceCategory = resourceCategory;
        this.resourceQuantity = resourceQuantity;
    }

    public String getNeedCategory() {
        return needCategory;
    }

    public int getNeedQuantity() {
        return needQuantity;
    }

    public String getResourceCategory() {
        return resourceCategory;
    }

    public int getResourceQuantity() {
        return resourceQuantity;
    }

    public boolean isSameCategory() {
        return needCategory.equals(resourceCategory);
    }

    /** The resource answers the need. */
    public void match() {
        propose(Proposal.Kind.MATCH, "", null, null);
    }

    /** The resource must not answer the need, with why. */
    public void noMatch(String zh, String en) {
        propose(Proposal.Kind.NO_MATCH, "", null, zh + "\n" + en);
    }

    @Override
    public String toString() {
        return "需求 " + needCategory + "×" + needQuantity + " 与资源 " + resourceCategory + "×" + resourceQuantity;
    }
}
