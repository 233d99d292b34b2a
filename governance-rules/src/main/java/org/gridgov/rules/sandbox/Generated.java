package org.gridgov.rules.sandbox;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The classes generated for one pack: names of them are allowed (they are checked themselves), and a member
 * named through one of them is judged where it is declared, which may be a library or JDK class it extends.
 */
final class Generated {
    private final Map<String, ClassFile> classes;
    private final AllowList allowList;
    private final ClassLoader loader;

    Generated(Map<String, ClassFile> classes, AllowList allowList, ClassLoader loader) {
        this.classes = classes;
        this.allowList = allowList;
        this.loader = loader;
    }

    boolean isGenerated(String internalName) {
        String element = internalName.replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
        return classes.containsKey(element);
    }

    /** True if the member is declared by generated code, or where it is declared it is on the allow-list. */
    boolean allows(MemberRef ref) {
        return allows(ref, new HashSet<>());
    }

    private boolean allows(MemberRef ref, Set<String> seen) {
        ClassFile c = classes.get(ref.owner());
        if (c == null) {
            return allowList.allowsMember(ref, loader);
        }
        if (c.declares(ref) || ref.name().equals("<init>") || !seen.add(ref.owner())) {
            return c.declares(ref) || ref.name().equals("<init>");
        }
        if (c.superName() != null && allows(moved(ref, c.superName()), seen)) {
            return true;
        }
        return c.interfaces().stream().anyMatch(i -> allows(moved(ref, i), seen));
    }

    private static MemberRef moved(MemberRef ref, String owner) {
        return new MemberRef(ref.kind(), owner, ref.name(), ref.descriptor());
    }
}
