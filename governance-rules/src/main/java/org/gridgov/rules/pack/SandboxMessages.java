package org.gridgov.rules.pack;

import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.sandbox.Refusal;

/** What the sandbox refused, in words for policy staff. */
final class SandboxMessages {
    private static final Set<String> CLOCK_OR_CHANCE = Set.of("now", "random", "randomUUID", "nanoTime",
            "currentTimeMillis", "globalOf", "systemDefault");

    private SandboxMessages() {
    }

    /**
     * The message for a refusal.
     *
     * @param where a description of the place, e.g. {@code 规则“网格先办” / rule “网格先办”}, or null
     */
    static Bilingual of(Refusal r, Bilingual where) {
        String zhAt = where == null ? "" : where.zh() + ": ";
        String enAt = where == null ? "" : where.en() + ": ";
        return switch (r.kind()) {
            case CALL, TYPE -> named(r, zhAt, enAt);
            case LOOP -> Bilingual.of(zhAt + "规则中不能写循环 (for、while、do): 每个条件和动作都必须很快结束",
                    enAt + "rules may not loop (for, while, do): every condition and action must finish quickly");
            case RECURSION -> Bilingual.of(zhAt + "函数 " + r.what() + " 直接或间接调用了自己: 规则中不能递归",
                    enAt + "the function " + r.what() + " calls itself, directly or through others: rules may not "
                            + "recurse");
            case UNREADABLE -> Bilingual.of(zhAt + "Drools 生成的代码无法检查, 因此不能运行 (" + r.what() + ")",
                    enAt + "the code Drools generated cannot be checked, so it may not run (" + r.what() + ")");
        };
    }

    private static Bilingual named(Refusal r, String zhAt, String enAt) {
        String name = r.what();
        if (CLOCK_OR_CHANCE.contains(r.simpleName()) || name.startsWith("java.util.Random")
                || name.startsWith("java.time.Clock") || name.contains("ThreadLocalRandom")) {
            return Bilingual.of(zhAt + "不允许使用 \"" + name + "\": 规则只能依据事实作出决定, 不能读取系统时钟、随机数或全局变量",
                    enAt + "\"" + name + "\" is not allowed: rules decide on their facts alone, not on the clock, "
                            + "random numbers or globals");
        }
        return Bilingual.of(zhAt + "不允许使用 \"" + name + "\": 规则只能使用领域模型 (事实类、文字、数字、Math、java.time 的值和只读集合), "
                        + "不能调用系统、线程、文件、网络、类加载器或反射; 允许的调用见 docs/pack-problems.md",
                enAt + "\"" + name + "\" is not allowed: rules may use the domain model (the fact classes, text, "
                        + "numbers, Math, java.time values and read-only collections), not the system, threads, files, "
                        + "the network, class loaders or reflection; docs/pack-problems.md lists what a rule may call");
    }
}
