package org.gridgov.rules.pack;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.rules.facts.RoutingCase;

/**
 * What rules can name on the facts (routing, escalation, scoring, deliberation and service), to tell "no such field"
 * and "not a number" in plain words.
 */
final class FactModel {
    private static final Set<String> FIELDS = new TreeSet<>();
    private static final Set<String> NUMERIC = new TreeSet<>();

    /** Every fact rules can match: what they may name is what any of them offers. */
    private static final java.util.List<Class<?>> FACTS = java.util.List.of(RoutingCase.class,
            org.gridgov.rules.facts.EscalationCase.class, org.gridgov.rules.facts.ScoringCase.class,
            org.gridgov.rules.facts.AgendaCase.class, org.gridgov.rules.facts.CountingCase.class,
            org.gridgov.rules.facts.FollowUpCase.class, org.gridgov.rules.facts.BodyScoringCase.class,
            org.gridgov.rules.facts.VerificationCase.class, org.gridgov.rules.facts.ServiceDueCase.class,
            org.gridgov.rules.facts.UnitStandingCase.class, org.gridgov.rules.facts.MemberQuarterCase.class,
            org.gridgov.rules.facts.DestinationCase.class, org.gridgov.rules.facts.MatchCase.class,
            org.gridgov.rules.facts.VerifierCase.class);

    static {
        for (Method m : FACTS.stream().flatMap(c -> java.util.Arrays.stream(c.getMethods())).toList()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = m.getName();
            String field = m.getParameterCount() > 0 ? n
                    : n.startsWith("get") && n.length() > 3 ? decap(n.substring(3))
                    : n.startsWith("is") && n.length() > 2 ? decap(n.substring(2)) : n;
            FIELDS.add(field);
            Class<?> t = m.getReturnType();
            if (m.getParameterCount() == 0 && (t == int.class || t == long.class || t == double.class
                    || Number.class.isAssignableFrom(t))) {
                NUMERIC.add(field);
            }
        }
    }

    private FactModel() {
    }

    /** True if rules may name this field or method on a fact. */
    static boolean knows(String field) {
        return FIELDS.contains(field);
    }

    /** True if the field holds a number. */
    static boolean isNumeric(String field) {
        return NUMERIC.contains(field);
    }

    /** The fields rules may name, for messages. */
    static String fieldList() {
        return String.join(", ", FIELDS.stream().filter(f -> !f.equals("proposals") && !f.equals("proposalCount"))
                .toList());
    }

    private static String decap(String s) {
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
