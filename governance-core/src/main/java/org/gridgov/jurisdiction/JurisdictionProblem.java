package org.gridgov.jurisdiction;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * One reason a jurisdiction tree could not be built.
 *
 * @param node    the offending node
 * @param message what is wrong, in Chinese and English
 */
public record JurisdictionProblem(NodeId node, Bilingual message) {
    public JurisdictionProblem {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message.en() + " / " + message.zh();
    }
}
