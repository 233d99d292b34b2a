package org.gridgov.division;

/**
 * Receives the divisions of a file as they are read, each before its subdivisions (preorder), so that a
 * national file of 660,000 divisions never exists as a tree of objects. Called only while the file has shown no
 * problem: after the first one the reader goes on checking but stops handing divisions over, since the result
 * will be refused.
 */
@FunctionalInterface
public interface DivisionSink {
    /**
     * One division.
     *
     * @param division the division
     * @param parent   the division it belongs to; null for the file's root
     */
    void accept(DivisionEntry division, DivisionEntry parent);
}
