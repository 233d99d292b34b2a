package org.gridgov.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.pack.PackProblem;

/**
 * {@code gridgov validate --isolated}: the pack is compiled by a second JVM (the same java binary and class path),
 * so that a hostile compile (one that runs for ever, exhausts memory or finds a way around the sandbox while Drools
 * builds it) cannot touch the validating process. The child runs {@code validate} with a hidden option that makes
 * it print its report as JSON; this process prints that report as a validation in process would. A child still
 * running after the time limit is killed, with its own children, and the validation fails with a message saying so.
 *
 * <p>The child gets at most {@value #CHILD_HEAP} of heap and stops at its first {@link OutOfMemoryError}, so a pack
 * that exhausts memory ends the child, not this process.
 */
final class IsolatedValidation {
    /** The child JVM's heap limit. */
    static final String CHILD_HEAP = "1g";
    /** The hidden option that makes a child validation print its report for the parent. */
    static final String REPORT_OPTION = "--report-for-parent";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IsolatedValidation() {
    }

    /**
     * The report of a child validation: the pack's name (its version when it loaded), its problems, and what the
     * child printed as errors (a profile's problems, say), or why there is no report.
     */
    record Report(String name, List<PackProblem> problems, String childErrors, int exitCode) {
    }

    /**
     * Runs the validation in a child JVM.
     *
     * @param args    the validate command's own arguments for the child (pack, city options, language)
     * @param timeout how long the child may run
     * @return the child's report, or empty (after printing why) if it timed out or gave none
     */
    static Optional<Report> run(List<String> args, Duration timeout, boolean zh, PrintWriter err) {
        Path out = null;
        Path errors = null;
        try {
            out = Files.createTempFile("gridgov-validate", ".json");
            errors = Files.createTempFile("gridgov-validate", ".err");
            Process child = new ProcessBuilder(command(args)).redirectOutput(out.toFile())
                    .redirectError(errors.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
            if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(child);
                err.println(zh ? "校验超时: 在单独进程中编译规则包超过 " + timeout.toSeconds() + " 秒, 已终止该进程 "
                        + "(可用 --timeout 延长)"
                        : "validation timed out: compiling the pack in a separate process took longer than "
                                + timeout.toSeconds() + " s, and the process was stopped (--timeout gives it longer)");
                return Optional.empty();
            }
            return report(Files.readString(out, StandardCharsets.UTF_8), Files.readString(errors,
                    StandardCharsets.UTF_8), child.exitValue(), zh, err);
        } catch (IOException e) {
            err.println((zh ? "无法启动单独的校验进程: " : "cannot start the separate validation process: ")
                    + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            delete(out);
            delete(errors);
        }
    }

    /** The child's command: this JVM's java binary and class path, and the gridgov command line's main class. */
    static List<String> command(List<String> args) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + CHILD_HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                GridgovCommand.class.getName(), "validate"));
        cmd.addAll(args);
        cmd.add(REPORT_OPTION);
        return cmd;
    }

    /** Kills the child and whatever it started; waits briefly so that nothing outlives the command. */
    private static void kill(Process child) throws InterruptedException {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
    }

    private static Optional<Report> report(String json, String childErrors, int code, boolean zh, PrintWriter err) {
        JsonNode root;
        try {
            root = json.isBlank() ? null : JSON.readTree(json);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.has("problems")) {
            // No report: the child stopped before it could give one (a city that does not load, memory exhausted).
            if (!childErrors.isBlank()) {
                err.print(childErrors);
            }
            err.println(zh ? "单独的校验进程未给出结果 (退出码 " + code + ")"
                    : "the separate validation process gave no report (exit code " + code + ")");
            return Optional.empty();
        }
        List<PackProblem> problems = new ArrayList<>();
        root.get("problems").forEach(p -> problems.add(problem(p)));
        return Optional.of(new Report(root.path("name").asText(), problems, childErrors, code));
    }

    /** One problem as {@link ValidateCommand} writes it in JSON. */
    static PackProblem problem(JsonNode p) {
        PackProblem.Severity severity = "warning".equals(p.path("severity").asText()) ? PackProblem.Severity.WARNING
                : PackProblem.Severity.ERROR;
        return new PackProblem(severity, p.path("pack").asText(), p.path("file").asText(), p.path("line").asInt(),
                Optional.ofNullable(p.get("sheet")).map(JsonNode::asText),
                Optional.ofNullable(p.get("cell")).map(JsonNode::asText),
                Bilingual.of(p.path("message").asText(), p.path("messageEn").asText()), p.path("column").asInt());
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // A temporary file left behind is no reason to fail the validation.
            }
        }
    }
}
