package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.server.auth.ApiTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridgov serve}'s checks before it binds a port: a token's digest for the tokens file, a tokens file with
 * problems refused line by line, no city named. (The server itself is tested in governance-server.)
 */
class ServeCommandTest {
    @Test
    void hashTokenPrintsTheDigestTheTokensFileHolds() {
        var r = run("serve", "--hash-token", "s3cret");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo(ApiTokens.digest("s3cret")).hasSize(64);
    }

    @Test
    void aBrokenTokensFileIsRefusedWithItsLinesAndNoCityIsAsked(@TempDir Path dir) throws Exception {
        Path tokens = dir.resolve("tokens.yaml");
        Files.writeString(tokens, "tokens:\n  - id: hotline\n    sha256: abc\n    actor: system:hotline-12345\n"
                + "  - id: ghost\n    sha256: " + ApiTokens.digest("x") + "\n    actor: person:nobody as grid-worker@1\n");
        var r = run("serve", "--city", "jilin", "--tokens", tokens.toString(), "--port", "0", "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("tokens.yaml:3").contains("tokens[0].sha256").contains("tokens[1].actor")
                .doesNotContain("\tat ");
        assertThat(run("serve", "--port", "0").code()).isEqualTo(2);
    }
}
