package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import org.gridgov.category.CategoryId;
import org.gridgov.issue.IssueId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;

/**
 * What an item is about, as proposed.
 *
 * @param title      a short title (议题)
 * @param text       what is proposed, as written
 * @param category   the matter's category in the city's catalogue
 * @param node       where it lies
 * @param proposer   where it came from
 * @param parties    the organizations the matter touches (the property company, a resident unit); several parties
 *                   are what a five-party council is for
 * @param households how many households it affects (0 when not stated)
 * @param sources    the cases it was raised from, if any
 */
public record ItemFacts(String title, String text, CategoryId category, NodeId node, Proposer proposer,
                        List<OrganizationId> parties, int households, List<IssueId> sources) {
    /** @throws IllegalArgumentException if the title or text is blank or households negative */
    public ItemFacts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(proposer, "proposer");
        checkArgument(!title.isBlank() && !text.isBlank(), "an item needs a title and a text");
        checkArgument(households >= 0, "households are not negative, got %s", households);
        parties = List.copyOf(parties);
        sources = List.copyOf(sources);
    }

    /** The facts for logs, the text left out: residents' words often carry names and phone numbers. */
    @Override
    public String toString() {
        return "ItemFacts[title=" + org.gridgov.privacy.Masking.text(title) + ", text=<" + text.length()
                + " chars>, category=" + category + ", node=" + node + ", proposer=" + proposer + ", parties="
                + parties + ", households=" + households + ", sources=" + sources + "]";
    }
}
