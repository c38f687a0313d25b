package io.exwire.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exwire.cli.Main;
import io.exwire.testkit.Await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** One in-process run of the CLI's entry point on its own thread, with stdout and stderr captured. */
final class CliRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private CliRun() {
    }

    /**
     * @param env the environment the CLI sees
     * @param args the arguments
     * @return the run, started
     */
    static CliRun start(Map<String, String> env, String... args) {
        CliRun run = new CliRun();
        PrintStream stdout = new PrintStream(run.out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(run.err, true, StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("cli-under-test").start(() -> {
            try {
                run.exit.complete(Main.run(args, stdout, stderr, env));
            } catch (Throwable t) {
                run.exit.completeExceptionally(t);
            }
        });
        return run;
    }

    /**
     * @param timeout the bound
     * @return the exit code
     */
    int awaitExit(Duration timeout) {
        return Await.result(exit, timeout);
    }

    /**
     * Waits until stdout contains a text.
     *
     * @param text the text
     * @param timeout the bound
     */
    void awaitStdout(String text, Duration timeout) {
        Await.until("stdout to contain " + text + "; stderr: " + stderr(), timeout,
                () -> stdout().contains(text) || exit.isDone());
        assertThat(stdout()).as("stdout (exit: %s, stderr: %s)", exit.getNow(null), stderr()).contains(text);
    }

    /**
     * Waits until stdout contains a text or the run has ended.
     *
     * @param text the text
     * @param timeout the bound
     */
    void awaitStdoutOrExit(String text, Duration timeout) {
        Await.until("stdout to contain " + text + " or the run to end", timeout,
                () -> stdout().contains(text) || exit.isDone());
    }

    boolean hasExited() {
        return exit.isDone();
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** @return stdout parsed line by line; fails on any line that is not one JSON object */
    List<JsonNode> jsonLines() {
        List<JsonNode> lines = new ArrayList<>();
        String text = stdout();
        assertThat(text).as("stdout").endsWith("\n");
        for (String line : text.split("\n")) {
            try {
                JsonNode node = JSON.readTree(line);
                assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
                lines.add(node);
            } catch (Exception e) {
                fail("not a JSON line: " + line, e);
            }
        }
        return lines;
    }
}
