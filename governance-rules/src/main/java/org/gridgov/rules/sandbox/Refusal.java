package org.gridgov.rules.sandbox;

import java.util.Objects;
import java.util.Set;

/**
 * Something compiled rule code does that the sandbox refuses.
 *
 * @param kind      what is wrong
 * @param what      the class or member named ({@code java.lang.System.exit}, {@code java.io.File}), or for a loop
 *                  or recursion the method that has it
 * @param className the generated class it was found in (internal name)
 * @param method    the generated method it was found in, or empty for the class as a whole
 * @param rules     the rules whose code it is, by name, as far as the generated classes tell; empty when they do
 *                  not (a {@code function}, a {@code declare}d type, a {@code global})
 */
public record Refusal(Kind kind, String what, String className, String method, Set<String> rules) {

    /** The kinds of refusal. */
    public enum Kind {
        /** A method or field that is not on the allow-list. */
        CALL,
        /** A class that is not on the allow-list, named as a type (a class literal, a cast, {@code new}, a catch). */
        TYPE,
        /** A loop: rule code must run in bounded time. */
        LOOP,
        /** Methods calling each other in a cycle (a recursive {@code function}): rule code must run in bounded time. */
        RECURSION,
        /** A class file the checker cannot read; refused rather than run unchecked. */
        UNREADABLE
    }

    /** @throws NullPointerException if any part is null */
    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(method, "method");
        rules = Set.copyOf(rules);
    }

    /** The simple name of the member or class, as a person would have written it: {@code exit}, {@code File};
     * for a constructor, its class's. */
    public String simpleName() {
        String named = what.endsWith(".<init>") ? what.substring(0, what.length() - ".<init>".length()) : what;
        String s = named.substring(named.lastIndexOf('.') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }
}
