package org.gridgov.rules.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.pack.PackSource;

/** The scenario files of a pack folder ({@code scenarios/*.yaml} by convention). */
public final class ScenarioSuite {
    /** The conventional folder of a pack's scenarios. */
    public static final String FOLDER = "scenarios";

    private ScenarioSuite() {
    }

    /** The scenario files directly in a folder of the pack, sorted, as paths relative to the pack. */
    public static List<String> files(PackSource pack, String scenariosFolder) {
        String prefix = scenariosFolder.endsWith("/") ? scenariosFolder : scenariosFolder + "/";
        return pack.files().stream().filter(f -> f.startsWith(prefix) && f.indexOf('/', prefix.length()) < 0)
                .filter(f -> f.endsWith(".yaml") || f.endsWith(".yml") || f.endsWith(".json")).sorted().toList();
    }

    /** Reads one case scenario file of a pack. */
    public static Scenario read(PackSource pack, String file) throws DocumentException {
        return ScenarioReader.read(file, text(pack, file));
    }

    /**
     * Reads one scenario file of a pack of any kind: a service scenario if it has {@code service} ({@code 服务}), a
     * deliberation scenario if it declares {@code items} ({@code 议题}), else a case scenario.
     *
     * @throws DocumentException with every located problem of the file
     */
    public static ScenarioFile readAny(PackSource pack, String file) throws DocumentException {
        String text = text(pack, file);
        if (ServiceScenarioReader.declaresService(file, text)) {
            return ServiceScenarioReader.read(file, text);
        }
        return DeliberationScenarioReader.declaresItems(file, text) ? DeliberationScenarioReader.read(file, text)
                : ScenarioReader.read(file, text);
    }

    private static String text(PackSource pack, String file) throws DocumentException {
        try {
            return new String(pack.read(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DocumentException(List.of(new DocumentProblem(file, 0, 0, "",
                    Bilingual.of("无法读取: " + e.getMessage(), "cannot be read: " + e.getMessage()))));
        }
    }

    /**
     * Reads every scenario of a folder of the pack, of either kind.
     *
     * @throws DocumentException with the problems of every malformed file
     */
    public static List<ScenarioFile> load(PackSource pack, String scenariosFolder) throws DocumentException {
        List<ScenarioFile> out = new ArrayList<>();
        List<DocumentProblem> problems = new ArrayList<>();
        for (String f : files(pack, scenariosFolder)) {
            try {
                out.add(readAny(pack, f));
            } catch (DocumentException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        return out;
    }
}
