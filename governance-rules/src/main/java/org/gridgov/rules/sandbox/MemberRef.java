package org.gridgov.rules.sandbox;

/**
 * A field or method that compiled rule code names.
 *
 * @param kind       field or method
 * @param owner      the internal name of the class named as its owner, e.g. {@code java/lang/String}
 * @param name       the member's name ({@code <init>} for constructors)
 * @param descriptor its JVM descriptor
 */
record MemberRef(Kind kind, String owner, String name, String descriptor) {

    /** Fields and methods (interface methods included). */
    enum Kind {
        FIELD, METHOD
    }

    /** As Java would write it, for messages: {@code java.lang.System.exit}. */
    String display() {
        return owner.replace('/', '.') + "." + name;
    }
}
