package org.gridgov.procedure;

/**
 * The procedures the library ships, from the seed cities' practice, as files under
 * {@code org/gridgov/procedure/} that example packs may copy and edit. Each is read once, on first use; the
 * comments in the files explain which events end each stage and where the limits come from.
 */
public final class Procedures {
    private static final String BASE = "org/gridgov/procedure/";

    private Procedures() {
    }

    /** Jilin's six steps, 吹哨、报到、会商、落实、反馈、评价, online 基层报单、平台接单、中心派单、部门领单、市委督单、群众评单. */
    public static Procedure jilinSixSteps() {
        return Shipped.JILIN;
    }

    /** Jiangyuan's 网格预报、街镇吹哨、各方报到, then handling and feedback with rating. */
    public static Procedure jiangyuanWhistle() {
        return Shipped.JIANGYUAN;
    }

    /** A 12345-style hotline case: 受理、派单、办理、答复、回访, with the Beijing service standard's limits. */
    public static Procedure hotline() {
        return Shipped.HOTLINE;
    }

    /** A shipped procedure by its id: {@code jilin-six-steps}, {@code jiangyuan-whistle} or {@code hotline}. */
    public static java.util.Optional<Procedure> shipped(String id) {
        return java.util.stream.Stream.of(jilinSixSteps(), jiangyuanWhistle(), hotline())
                .filter(p -> p.id().equals(id)).findFirst();
    }

    /** The resource path of a shipped procedure file, e.g. {@code org/gridgov/procedure/hotline.yaml}. */
    public static String resource(String fileName) {
        return BASE + fileName;
    }

    private static final class Shipped {
        static final Procedure JILIN = load("jilin-six-steps.yaml");
        static final Procedure JIANGYUAN = load("jiangyuan-whistle.yaml");
        static final Procedure HOTLINE = load("hotline.yaml");

        private static Procedure load(String name) {
            return ProcedureReader.readResource(Procedures.class.getClassLoader(), BASE + name);
        }
    }
}
