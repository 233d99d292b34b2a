package org.gridgov.rules.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one method's instructions name: classes (directly or as the owner of a member), members, and the
 * name of the rule it builds, if it is one of the executable model's rule methods ({@code D.rule("pkg", "name")}).
 *
 * @param method  the method
 * @param classes the classes its instructions name
 * @param members the members its instructions name
 * @param rule    the rule it defines, or null
 * @param indy    true if it creates lambdas or concatenates strings through {@code invokedynamic}
 */
record MethodRefs(ClassFile.Method method, Set<String> classes, Set<MemberRef> members, String rule, boolean indy) {
    private static final Set<String> RULE_BUILDERS = Set.of("org/drools/modelcompiler/dsl/pattern/D",
            "org/drools/model/DSL", "org/drools/model/PatternDSL", "org/drools/model/FlowDSL");

    /**
     * Walks a method's code.
     *
     * @throws IllegalArgumentException if the code cannot be read
     */
    static MethodRefs of(ClassFile c, ClassFile.Method m) {
        Set<String> classes = new LinkedHashSet<>();
        Set<MemberRef> members = new LinkedHashSet<>();
        List<String> strings = new ArrayList<>();
        String[] rule = {null};
        boolean[] indy = {false};
        Bytecode.walk(m.code(), new Bytecode.Visitor() {
            @Override
            public void poolReference(int opcode, int index) {
                indy[0] |= opcode == 0xba;
                String s = c.stringAt(index);
                if (s != null) {
                    strings.add(s);
                }
                String type = c.classAt(index);
                if (type != null) {
                    classes.add(type);
                }
                MemberRef ref = c.memberAt(index);
                if (ref != null) {
                    members.add(ref);
                    classes.add(ref.owner());
                    if (rule[0] == null && opcode == Bytecode.INVOKESTATIC && ref.name().equals("rule")
                            && RULE_BUILDERS.contains(ref.owner()) && !strings.isEmpty()) {
                        rule[0] = strings.get(strings.size() - 1);
                    }
                }
            }

            @Override
            public void branch(int offset, int target) {
            }
        });
        return new MethodRefs(m, classes, members, rule[0], indy[0]);
    }
}
