package org.gridgov.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.document.DocumentException;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.procedure.Procedure;
import org.gridgov.procedure.ProcedureReader;
import org.gridgov.procedure.Procedures;

/**
 * The procedures a pack declares: {@code settings.procedure} for every issue, and {@code settings.procedures}
 * (channel id → procedure) for the issues of some channels ({@code procedures: {deliberation: small-bench.yaml}}).
 * Each is the id of a shipped procedure ({@code jilin-six-steps}, {@code jiangyuan-whistle}, {@code hotline}) or
 * a YAML file of the pack that declares the setting. Settings are inherited, so a city pack may take its
 * parent's procedure, and the parent's file is read from the parent's folder.
 */
public final class PackProcedures {
    private PackProcedures() {
    }

    /**
     * The pack's procedure for every issue, if it declares one.
     *
     * @param pack     the compiled pack
     * @param source   the pack's folder, where a procedure file is read from
     * @param problems receives a located problem when the declared procedure cannot be read
     */
    public static Optional<Procedure> of(CompiledPack pack, PackSource source, List<PackProblem> problems) {
        return read(pack.manifest().settings().path("procedure").asText(""), List.of("procedure"), pack, source,
                problems);
    }

    /**
     * Engine settings with every procedure the pack declares, the default one and those by channel.
     *
     * @param problems receives a located problem for each declared procedure that cannot be read; that
     *                 procedure is left out
     */
    public static GovernanceSettings settings(CompiledPack pack, PackSource source, List<PackProblem> problems) {
        return settings(pack, source, PackContext.unchecked(), problems);
    }

    /**
     * Engine settings with every procedure the pack declares, checked against the city that will run it.
     *
     * @param context  the city's channels; a procedure for a channel the city lacks could never apply, and is
     *                 reported as a warning naming {@code settings.procedures.<channel>}
     * @param problems receives a located problem for each declared procedure that cannot be read (left out) and
     *                 each procedure for an unknown channel (kept, in case the channel is added)
     */
    public static GovernanceSettings settings(CompiledPack pack, PackSource source, PackContext context,
                                              List<PackProblem> problems) {
        GovernanceSettings settings = of(pack, source, problems).map(GovernanceSettings.DEFAULT::withProcedure)
                .orElse(GovernanceSettings.DEFAULT);
        JsonNode byChannel = pack.manifest().settings().path("procedures");
        for (Map.Entry<String, JsonNode> e : byChannel.properties()) {
            if (!context.knownChannels().isEmpty() && !context.knownChannels().contains(e.getKey())) {
                problems.add(PackProblem.warning(pack.manifest().id(), "pack.yaml", 0, Bilingual.of(
                        "settings.procedures." + e.getKey() + ": 本市没有渠道 " + e.getKey() + "，这个流程不会被用到（本市渠道: "
                                + String.join("、", new java.util.TreeSet<>(context.knownChannels())) + "）",
                        "settings.procedures." + e.getKey() + ": the city has no channel '" + e.getKey()
                                + "', so this procedure never applies (its channels: "
                                + String.join(", ", new java.util.TreeSet<>(context.knownChannels())) + ")")));
            }
            Optional<Procedure> p = read(e.getValue().asText(""), List.of("procedures", e.getKey()), pack, source,
                    problems);
            if (p.isPresent()) {
                settings = settings.withProcedure(new ChannelId(e.getKey()), p.get());
            }
        }
        return settings;
    }

    /**
     * A declared procedure: a shipped one by id, else a file of the pack that declares the setting (a parent's
     * file for an inherited setting), else a file of this pack's folder.
     */
    private static Optional<Procedure> read(String declared, List<String> setting, CompiledPack pack,
                                            PackSource source, List<PackProblem> problems) {
        String field = "settings." + String.join(".", setting);
        if (declared.isBlank()) {
            return Optional.empty();
        }
        Optional<Procedure> shipped = Procedures.shipped(declared);
        if (shipped.isPresent()) {
            return shipped;
        }
        try {
            byte[] bytes = pack.fileNamedBy(setting, declared).orElse(null);
            String text = new String(bytes != null ? bytes : source.read(declared), StandardCharsets.UTF_8);
            return Optional.of(ProcedureReader.read(declared, text));
        } catch (IOException e) {
            problems.add(PackProblem.error(pack.manifest().id(), "pack.yaml", 0, Bilingual.of(
                    field + ": 找不到流程 " + declared + "（既不是内置流程, 也不是本包中的文件）",
                    field + ": no procedure " + declared + " (neither a shipped one nor a file of this pack)")));
        } catch (DocumentException e) {
            e.problems().forEach(p -> problems.add(PackProblem.error(pack.manifest().id(), p.file(), p.line(),
                    p.field().isEmpty() ? p.message() : Bilingual.of(p.field() + ": " + p.message().zh(),
                            p.field() + ": " + p.message().en()))));
        }
        return Optional.empty();
    }
}
