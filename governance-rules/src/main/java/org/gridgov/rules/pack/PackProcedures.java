package org.gridgov.rules.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.gridgov.document.DocumentException;
import org.gridgov.i18n.Bilingual;
import org.gridgov.procedure.Procedure;
import org.gridgov.procedure.ProcedureReader;
import org.gridgov.procedure.Procedures;

/**
 * The procedure a pack declares in {@code settings.procedure}: the id of a shipped procedure
 * ({@code jilin-six-steps}, {@code jiangyuan-whistle}, {@code hotline}) or a YAML file of the pack's own folder
 * ({@code procedure: procedure.yaml}). Settings are inherited, so a city pack may take its parent's procedure.
 */
public final class PackProcedures {
    private PackProcedures() {
    }

    /**
     * The pack's procedure, if it declares one.
     *
     * @param pack     the compiled pack
     * @param source   the pack's folder, where a procedure file is read from
     * @param problems receives a located problem when the declared procedure cannot be read
     */
    public static Optional<Procedure> of(CompiledPack pack, PackSource source, List<PackProblem> problems) {
        String declared = pack.manifest().settings().path("procedure").asText("");
        if (declared.isBlank()) {
            return Optional.empty();
        }
        Optional<Procedure> shipped = Procedures.shipped(declared);
        if (shipped.isPresent()) {
            return shipped;
        }
        try {
            String text = new String(source.read(declared), StandardCharsets.UTF_8);
            return Optional.of(ProcedureReader.read(declared, text));
        } catch (IOException e) {
            problems.add(PackProblem.error(pack.manifest().id(), "pack.yaml", 0, Bilingual.of(
                    "settings.procedure: 找不到流程 " + declared + "（既不是内置流程, 也不是本包中的文件）",
                    "settings.procedure: no procedure " + declared + " (neither a shipped one nor a file of this pack)")));
        } catch (DocumentException e) {
            e.problems().forEach(p -> problems.add(PackProblem.error(pack.manifest().id(), p.file(), p.line(),
                    p.field().isEmpty() ? p.message() : Bilingual.of(p.field() + ": " + p.message().zh(),
                            p.field() + ": " + p.message().en()))));
        }
        return Optional.empty();
    }
}
