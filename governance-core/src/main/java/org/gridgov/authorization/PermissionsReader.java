package org.gridgov.authorization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentReader;
import org.gridgov.document.FileProblems;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.role.RoleTypeId;

/**
 * Reads permission files ({@code permissions.yaml}) in YAML or JSON:
 *
 * <pre>{@code
 * grants:
 *   - id: owner-handles
 *     name: {zh: 承办方办理本案件, en: the owner handles its case}
 *     commands: [accept, reject-dispatch, resolve, feedback, note]
 *     roles: any                 # or a list of role types: [grid-worker, grid-leader]
 *     relation: owner            # any (default), owner, co-handler, summoned, participant, reporter
 *     reach: anywhere            # for roles: subtree (default) or anywhere
 *   - id: platform-closes
 *     name: {zh: 平台关闭案件, en: the platform closes cases}
 *     commands: close
 *     systems: [platform]        # named systems; channels: true adds every intake channel of the city
 *   - id: district-excludes
 *     name: 区级审核不纳入考核
 *     commands: exclude
 *     roles: any
 *     atOrAbove: county          # the role must be held at this level or higher
 * revoke: [residents-report]     # grants of the packs below to remove
 * }</pre>
 *
 * <p>Every problem is reported at once, at its line and field, in Chinese and English: unknown fields, a missing
 * id, name or command, an unknown command, relation or reach, and a grant that names no principal or more than one.
 * Whether the role types and levels exist is a question for the city the permissions are used with.
 */
public final class PermissionsReader {
    private static final DocumentReader READER = DocumentReader.strict();

    private PermissionsReader() {
    }

    /**
     * What one permission file changes: grants to add or replace, ids to revoke.
     *
     * @param grants  the file's grants, in order
     * @param revoked the ids it revokes
     */
    public record Changes(List<Grant> grants, Set<String> revoked) {
        public Changes {
            grants = List.copyOf(grants);
            revoked = Set.copyOf(revoked);
        }

        /** Applies the changes to a matrix. */
        public Permissions applyTo(Permissions base) {
            return base.with(grants, revoked);
        }
    }

    /**
     * Reads a permission file.
     *
     * @param file its name, for problems; the extension gives the format
     * @param text its content
     * @throws DocumentException listing every located problem
     */
    public static Changes read(String file, String text) throws DocumentException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        PermissionsDocument doc;
        try {
            doc = READER.read(file, body, PermissionsDocument.class);
        } catch (IllegalArgumentException e) {
            throw new DocumentException(List.of(new DocumentProblem(file, 0, 0, "",
                    Bilingual.of("无法识别文件格式, 文件名应以 .yaml、.yml 或 .json 结尾", e.getMessage()))));
        }
        return new Conversion(file, body).convert(doc == null ? new PermissionsDocument(null, null) : doc);
    }

    /**
     * Reads a permission file shipped on the classpath as a whole matrix. A shipped file that does not read is a
     * bug, so it throws.
     *
     * @throws IllegalStateException if the resource is missing or has problems
     */
    public static Permissions readResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("permissions " + resource + " are not on the classpath");
            }
            return read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)).applyTo(Permissions.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the permissions " + resource + " are broken:\n" + e.getMessage(), e);
        }
    }

    /** One file's conversion, collecting located problems. */
    private static final class Conversion {
        private final FileProblems problems;

        Conversion(String file, String body) {
            this.problems = new FileProblems(file, body, READER);
        }

        Changes convert(PermissionsDocument doc) throws DocumentException {
            List<Grant> grants = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < doc.grants().size(); i++) {
                String at = "grants[" + i + "]";
                PermissionsDocument.GrantEntry e = doc.grants().get(i);
                if (e != null && e.id() != null && !e.id().isBlank() && !ids.add(e.id().strip())) {
                    problem(at + ".id", "授权编号 " + e.id().strip() + " 重复",
                            "the grant id " + e.id().strip() + " is used twice");
                }
                grant(e, at).ifPresent(grants::add);
            }
            if (!problems.isEmpty()) {
                throw problems.byLine();
            }
            return new Changes(grants, new LinkedHashSet<>(doc.revoke().stream().map(String::strip).toList()));
        }

        private Optional<Grant> grant(PermissionsDocument.GrantEntry e, String at) {
            if (e == null) {
                problem(at, "空条目", "empty entry");
                return Optional.empty();
            }
            int before = problems.size();
            boolean hasId = e.id() != null && !e.id().isBlank();
            if (!hasId) {
                problem(at + ".id", "缺少必填字段 id", "missing required field 'id'");
            }
            Bilingual name = name(e.name(), at + ".name");
            List<CommandKind> commands = commands(e.commands(), at + ".commands");
            Optional<Who> who = who(e, at);
            Relation relation = e.relation() == null ? Relation.ANY : Relation.byKey(e.relation().strip())
                    .orElseGet(() -> unknown(at + ".relation", e.relation(), "关系", "relation",
                            java.util.Arrays.stream(Relation.values()).map(Relation::key).toList()));
            Grant.Reach reach = reach(e.reach(), at + ".reach");
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Grant(e.id().strip(), name, Set.copyOf(commands), who.orElseThrow(), relation,
                    Optional.ofNullable(e.atOrAbove()).map(String::strip).map(LevelId::new), reach));
        }

        private Bilingual name(PermissionsDocument.Name n, String at) {
            if (n == null || n.zh() == null || n.zh().isBlank()) {
                problem(at, "授权需要中文名称 (name.zh)", "a grant needs a Chinese name (name.zh)");
                return null;
            }
            return Bilingual.of(n.zh().strip(), n.en() == null || n.en().isBlank() ? n.zh().strip() : n.en().strip());
        }

        private List<CommandKind> commands(List<String> keys, String at) {
            if (keys.isEmpty()) {
                problem(at, "授权至少要列出一个命令", "a grant lists at least one command");
            }
            List<CommandKind> out = new ArrayList<>();
            for (int j = 0; j < keys.size(); j++) {
                String key = keys.get(j) == null ? "" : keys.get(j).strip();
                Optional<CommandKind> c = CommandKind.byKey(key);
                if (c.isPresent()) {
                    out.add(c.get());
                } else {
                    unknown(at + "[" + j + "]", key, "命令", "command",
                            java.util.Arrays.stream(CommandKind.values()).map(CommandKind::key).toList());
                }
            }
            return out;
        }

        private Optional<Who> who(PermissionsDocument.GrantEntry e, String at) {
            boolean systems = e.systems() != null || Boolean.TRUE.equals(e.channels());
            boolean roles = e.roles() != null;
            boolean residents = Boolean.TRUE.equals(e.residents());
            int named = (systems ? 1 : 0) + (roles ? 1 : 0) + (residents ? 1 : 0);
            if (named != 1) {
                problem(at, named == 0 ? "授权没有指明授予谁 (systems、channels、roles 或 residents)"
                                : "一条授权只能授予一类主体 (systems/channels、roles、residents 三者之一)",
                        named == 0 ? "the grant names nobody (systems, channels, roles or residents)"
                                : "a grant is for one kind of principal: systems/channels, roles or residents");
                return Optional.empty();
            }
            if (systems) {
                return Optional.of(new Who.Systems(Set.copyOf(e.systems() == null ? List.of() : e.systems()),
                        Boolean.TRUE.equals(e.channels())));
            }
            if (roles) {
                List<String> r = e.roles().stream().map(String::strip).toList();
                return Optional.of(new Who.Roles(r.equals(List.of("any")) ? Set.of()
                        : Set.copyOf(r.stream().map(RoleTypeId::new).toList())));
            }
            return Optional.of(new Who.Residents());
        }

        private Grant.Reach reach(String text, String at) {
            if (text == null || text.strip().equals("subtree")) {
                return Grant.Reach.SUBTREE;
            }
            if (text.strip().equals("anywhere")) {
                return Grant.Reach.ANYWHERE;
            }
            problem(at, "范围 \"" + text + "\" 无效, 应为 subtree 或 anywhere",
                    "reach \"" + text + "\" is not subtree or anywhere");
            return Grant.Reach.SUBTREE;
        }

        private <T> T unknown(String at, String value, String zh, String en, List<String> names) {
            problem(at, "未知的" + zh + " \"" + value + "\", 可选: " + names,
                    "unknown " + en + " \"" + value + "\"; known: " + names);
            return null;
        }

        private void problem(String path, String zh, String en) {
            problems.add(path, zh, en);
        }
    }
}
