package org.gridgov.evaluation;

/** What an evaluated unit is: a node of the tree (a grid, community, street…) or an organization (a department). */
public enum UnitKind {
    /** A node of the jurisdiction, evaluated on the cases its subtree owned. */
    NODE,
    /** An organization, evaluated on the cases it owned or was summoned to; departments have weights of their own. */
    ORGANIZATION
}
