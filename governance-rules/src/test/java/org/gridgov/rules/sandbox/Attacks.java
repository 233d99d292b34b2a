package org.gridgov.rules.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The hostile corpus: ways a pack's author could try to run arbitrary Java in the host. Each payload trips a
 * canary if it ever runs: it sets the system property {@code K} or creates the file {@code F} (both replaced per
 * case), so a test can check that nothing ran.
 */
final class Attacks {
    /**
     * An attack in a rule's action.
     *
     * @param name    what it tries
     * @param action  Java statements for a rule's action ({@code $c} is the routing case)
     * @param sentence true if it can also be a DSL sentence (no braces, which DSL files read as variables)
     */
    record Action(String name, String action, boolean sentence) {
    }

    /**
     * An attack that needs more of a rule file than an action.
     *
     * @param name  what it tries
     * @param drl   the whole file; the line holding {@code <<<} (a marker, removed) is where the problem must be
     */
    record Structural(String name, String drl) {
    }

    /**
     * An attack in a decision table: a CSV sheet; the cell must be reported.
     *
     * @param name what it tries
     * @param csv  the table
     */
    record Table(String name, String csv) {
    }

    private Attacks() {
    }

    static List<Action> actions() {
        List<Action> a = new ArrayList<>();
        a.add(new Action("plain System call", "System.setProperty(\"K\", \"x\");", true));
        a.add(new Action("fully qualified name", "java.lang.System.setProperty(\"K\", \"x\");", true));
        a.add(new Action("name split by a comment", "System./* harmless */setProperty(\"K\", \"x\");", true));
        a.add(new Action("name split across lines", "System\n        .setProperty(\n        \"K\", \"x\");", false));
        a.add(new Action("unicode escapes", "\\u0053ystem.\\u0073etProperty(\"K\", \"x\");", true));
        a.add(new Action("reflection by Class.forName, without the word",
                "Class.forName(\"java.lang.Sys\" + \"tem\").getMethod(\"setProperty\", String.class, String.class)"
                        + ".invoke(null, \"K\", \"x\");", true));
        a.add(new Action("a class literal's methods",
                "String.class.getClassLoader(); System.class.getMethod(\"setProperty\", String.class, String.class)"
                        + ".invoke(null, \"K\", \"x\");", true));
        a.add(new Action("class loader reached from a fact",
                "$c.getClass().getClassLoader().loadClass(\"java.lang.System\")"
                        + ".getMethod(\"setProperty\", String.class, String.class).invoke(null, \"K\", \"x\");", true));
        a.add(new Action("context class loader of the thread",
                "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.System\")"
                        + ".getMethod(\"setProperty\", String.class, String.class).invoke(null, \"K\", \"x\");", true));
        a.add(new Action("MethodHandles",
                "java.lang.invoke.MethodHandles.lookup().findStatic(System.class, \"setProperty\", "
                        + "java.lang.invoke.MethodType.methodType(String.class, String.class, String.class))"
                        + ".invoke(\"K\", \"x\");", true));
        a.add(new Action("a method reference",
                "java.util.function.BinaryOperator<String> f = System::setProperty; f.apply(\"K\", \"x\");", true));
        a.add(new Action("a lambda run later",
                "Runnable r = () -> System.setProperty(\"K\", \"x\"); r.run();", true));
        a.add(new Action("java.util.Formatter writes a file", "new java.util.Formatter(\"F\").close();", true));
        a.add(new Action("java.util.Timer starts a thread",
                "new java.util.Timer(true).schedule(new java.util.TimerTask() { public void run() { "
                        + "System.setProperty(\"K\", \"x\"); } }, 0L);", false));
        a.add(new Action("a thread", "new Thread(() -> System.setProperty(\"K\", \"x\")).start();", true));
        a.add(new Action("an executor",
                "java.util.concurrent.Executors.newSingleThreadExecutor().submit(() -> System.setProperty(\"K\", "
                        + "\"x\"));", true));
        a.add(new Action("java.nio.file.Files",
                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"F\"), \"x\");", true));
        a.add(new Action("java.io streams", "new java.io.FileOutputStream(\"F\").close();", true));
        a.add(new Action("ProcessBuilder", "new ProcessBuilder(\"touch\", \"F\").start().waitFor();", true));
        a.add(new Action("Runtime.exec", "Runtime.getRuntime().exec(new String[] {\"touch\", \"F\"}).waitFor();",
                false));
        a.add(new Action("the system properties map", "System.getProperties().put(\"K\", \"x\");", true));
        a.add(new Action("a host class that is not on the list",
                "org.gridgov.rules.sandbox.Canary.trip(\"K\");", true));
        a.add(new Action("the Drools runtime behind the action",
                "drools.getRuntime(org.kie.api.runtime.KieRuntime.class).getKieBase(); "
                        + "System.setProperty(\"K\", \"x\");", true));
        a.add(new Action("the wall clock", "$c.limit(String.valueOf(System.currentTimeMillis()));", true));
        a.add(new Action("randomness", "$c.limit(String.valueOf(new java.util.Random().nextInt()));", true));
        a.add(new Action("a system property read through Integer", "$c.limit(String.valueOf(Integer.getInteger(\"K\")));",
                true));
        a.add(new Action("Object.wait blocks", "$c.wait(1L);", true));
        a.add(new Action("Thread.sleep blocks", "Thread.sleep(1L);", true));
        a.add(new Action("a loop that does not end",
                "for (long i = 0; i >= 0; i++) $c.limit(\"1 天\");", true));
        a.add(new Action("a memory bomb", "$c.limit(\"x\".repeat(Integer.MAX_VALUE));", true));
        a.add(new Action("a number that grows with an argument (BigInteger.pow)",
                "$c.limit(java.math.BigInteger.TEN.pow(Integer.MAX_VALUE).toString());", true));
        a.add(new Action("a number that grows with an argument (BigInteger.shiftLeft)",
                "$c.limit(java.math.BigInteger.ONE.shiftLeft(Integer.MAX_VALUE).toString());", true));
        a.add(new Action("a number that grows with its exponent (BigDecimal of 1E999999999)",
                "$c.limit(new java.math.BigDecimal(\"1E999999999\").toPlainString());", true));
        a.add(new Action("a service loader", "java.util.ServiceLoader.load(Runnable.class).findFirst();", true));
        a.add(new Action("deserialisation",
                "new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(new byte[0]));", true));
        a.add(new Action("a script engine", "new javax.script.ScriptEngineManager().getEngineByName(\"js\");", true));
        a.add(new Action("JNDI", "new javax.naming.InitialContext().lookup(\"ldap://127.0.0.1:1/x\");", true));
        a.add(new Action("logging configuration", "java.util.logging.LogManager.getLogManager().reset();", true));
        a.add(new Action("an environment read", "$c.limit(System.getenv(\"HOME\"));", true));
        return a;
    }

    static List<Structural> structural() {
        List<Structural> s = new ArrayList<>();
        s.add(new Structural("a function block", """
                function void helper() {
                    System.setProperty("K", "x"); // <<<
                }
                rule "函数"
                when
                    $c : RoutingCase()
                then
                    helper();
                end
                """));
        s.add(new Structural("a recursive function", """
                function int deeper(int n) {
                    return deeper(n + 1); // <<<
                }
                rule "递归"
                when
                    $c : RoutingCase()
                then
                    $c.limit(String.valueOf(deeper(0)));
                end
                """));
        s.add(new Structural("a declared type's initial value", """
                declare Evil
                    v : String = System.setProperty("K", "x") // <<<
                end
                rule "声明"
                when
                    $c : RoutingCase()
                then
                    insert(new Evil());
                end
                """));
        s.add(new Structural("accumulate", """
                rule "累计"
                when
                    $c : RoutingCase()
                    accumulate( RoutingCase( $r : severityRank ); $n : sum( $r + System.setProperty("K", "x").length() ) ) // <<<
                then
                    $c.limit("1 天");
                end
                """));
        s.add(new Structural("from", """
                rule "来自"
                when
                    $c : RoutingCase()
                    $s : String() from System.setProperty("K", "x") // <<<
                then
                    $c.limit("1 天");
                end
                """));
        s.add(new Structural("eval", """
                rule "求值"
                when
                    $c : RoutingCase()
                    eval( System.setProperty("K", "x") == null ) // <<<
                then
                    $c.limit("1 天");
                end
                """));
        s.add(new Structural("a constraint", """
                rule "条件"
                when
                    $c : RoutingCase( System.setProperty("K", "x") != null ) // <<<
                then
                    $c.limit("1 天");
                end
                """));
        s.add(new Structural("a salience expression, run when the KieBase is made", """
                rule "优先级"
                    salience ( System.setProperty("K", "x").length() ) // <<<
                when
                    $c : RoutingCase()
                then
                    $c.limit("1 天");
                end
                """));
        s.add(new Structural("the MVEL dialect", """
                rule "mvel"
                    dialect "mvel"
                when
                    $c : RoutingCase()
                then
                    System.setProperty("K", "x"); // <<<
                end
                """));
        s.add(new Structural("a global", """
                global java.util.List sink; // <<<
                rule "全局"
                when
                    $c : RoutingCase()
                then
                    $c.limit("1 天");
                end
                """));
        s.add(new Structural("a static import", """
                import static java.lang.System.setProperty;
                rule "静态导入"
                when
                    $c : RoutingCase()
                then
                    setProperty("K", "x"); // <<<
                end
                """));
        s.add(new Structural("an imported function", """
                import function java.lang.System.setProperty;
                rule "导入函数"
                when
                    $c : RoutingCase()
                then
                    setProperty("K", "x"); // <<<
                end
                """));
        s.add(new Structural("a rule that re-fires forever", """
                rule "自激"
                when
                    $c : RoutingCase()
                then
                    for (int i = 0; ; i++) { $c.limit("1 天"); } // <<<
                end
                """));
        return s;
    }

    static List<Table> tables() {
        List<Table> t = new ArrayList<>();
        for (Action a : actions()) {
            if (a.sentence() && !a.action().contains("\n")) {
                t.add(new Table(a.name(), table("$param", a.action())));
            }
        }
        t.add(new Table("a condition cell", """
                RuleSet,org.gridgov.packs.hostile
                RuleTable 攻击
                CONDITION,ACTION
                $c : RoutingCase,
                "$param","$c.limit(""1 天"");"
                条件,动作
                "System.setProperty(""K"", ""x"") != null",x
                """));
        t.add(new Table("a Functions cell", """
                RuleSet,org.gridgov.packs.hostile
                Functions,"function void helper() { System.setProperty(""K"", ""x""); }"
                RuleTable 攻击
                CONDITION,ACTION
                $c : RoutingCase,
                severityRank >= $param,helper();
                严重度,动作
                1,x
                """));
        return t;
    }

    /** A value cell that tries to break out of its quoted template: Drools escapes its quotes, so it is text. */
    static String breakOut() {
        return table("$c.limit(\"$param\");", "1 天\"); System.setProperty(\"K\", \"x\"); $c.limit(\"1 天");
    }

    /** A one-row table whose action column has the template and the row the value. */
    private static String table(String template, String value) {
        return "RuleSet,org.gridgov.packs.hostile\nRuleTable 攻击\nCONDITION,ACTION\n$c : RoutingCase,\n"
                + "severityRank >= $param," + quote(template) + "\n严重度,动作\n1," + quote(value) + "\n";
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
