package org.gridgov.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The limits of {@link DocumentReader} against YAML written to hurt: each refused at once, with its place. */
@Timeout(30)
class HostileYamlIsRefusedFastTest {
    private static final DocumentReader READER = DocumentReader.strict();

    /** Nine levels of nine aliases: 9^9 strings if anything expanded them. */
    private static String billionLaughs() {
        StringBuilder out = new StringBuilder("settings:\n  a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", "
                + "\"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i < 9; i++) {
            out.append("  a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                out.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            out.append("]\n");
        }
        return out.toString();
    }

    private static DocumentProblem refusal(String file, String text) {
        return refusal(file, text, Duration.ofSeconds(2));
    }

    private static DocumentProblem refusal(String file, String text, Duration within) {
        long start = System.nanoTime();
        DocumentProblem[] problem = new DocumentProblem[1];
        assertThatThrownBy(() -> READER.read(file, text, ObjectNode.class))
                .isInstanceOfSatisfying(DocumentException.class, e -> problem[0] = e.problems().get(0));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(within);
        return problem[0];
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAlias() {
        DocumentProblem p = refusal("pack.yaml", billionLaughs());

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message().en()).isEqualTo("YAML aliases (*a0) are not supported: write the value out in full");
        assertThat(p.message().zh()).startsWith("不支持 YAML 别名 (*a0)");
    }

    @Test
    void anAliasThatWouldSilentlyBecomeItsAnchorsNameIsRefused() {
        // Jackson would read district as the text "h", not as a copy of street's handler.
        DocumentProblem p = refusal("pack.yaml", "handlers:\n  street: &h {organizationType: street-office}\n"
                + "  district: *h\n");

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(13);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedAtItsLine() {
        DocumentProblem p = refusal("city.yaml", "id: x\nnodes: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message().en()).contains("nesting depth").contains("64");
        assertThat(refusal("city.json", "{\"a\": " + "[".repeat(100) + "]".repeat(100) + "}").message().en())
                .contains("nesting depth");
    }

    @Test
    void aDocumentLargerThanTheCodePointLimitIsRefusedBeforeItIsBuilt() {
        // Reading up to the limit costs what reading a legitimate file of that size costs (about 2 s cold).
        DocumentProblem p = refusal("city.yaml", "name: \"" + "长".repeat(DocumentReader.MAX_CODE_POINTS) + "\"\n",
                Duration.ofSeconds(8));

        assertThat(p.message().en()).contains("exceeds the limit").contains("3145728 code points");
    }

    @Test
    void aKeyGivenTwiceIsRefusedInsteadOfKeepingTheLastSilently() {
        DocumentProblem p = refusal("pack.yaml", "id: a\nname: {zh: 甲, en: a, en: b}\nversion: \"1\"\n");

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message().en()).contains("Duplicate field 'en'");
    }

    /** A model with a number, which Jackson reads only up to 1,000 digits. */
    record Step(String name, Integer level) {
    }

    @Test
    void aNumberLongerThanTheLimitIsPlacedAtItsField() {
        String text = "name: a\n\nlevel: 1" + "0".repeat(2_000) + "\n";
        DocumentProblem[] problem = new DocumentProblem[1];
        assertThatThrownBy(() -> READER.read("step.yaml", text, Step.class))
                .isInstanceOfSatisfying(DocumentException.class, e -> problem[0] = e.problems().get(0));
        DocumentProblem p = problem[0];

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message().en()).startsWith("the file exceeds a limit: Number value length");
    }

    @Test
    void documentsWithinTheLimitsStillRead() throws DocumentException {
        String nested = "a: " + "[".repeat(60) + "1" + "]".repeat(60) + "\n";
        assertThat(READER.read("ok.yaml", nested, ObjectNode.class).get("a").isArray()).isTrue();
        // An anchor without an alias changes nothing and is allowed.
        assertThat(READER.read("ok.yaml", "a: &x 1\nb: 2\n", ObjectNode.class).get("a").asInt()).isEqualTo(1);
    }
}
