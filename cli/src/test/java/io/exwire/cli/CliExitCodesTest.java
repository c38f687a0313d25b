package io.exwire.cli;

import io.exwire.cli.control.ExitCodes;
import io.exwire.cli.control.UsageException;

import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.exception.ConnectionLostException;
import io.exwire.api.exception.ExchangeNotFoundException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.RequestTimeoutException;
import io.exwire.api.exception.UnknownSymbolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes and messages of everything decided before any connection is made. */
@Timeout(20)
class CliExitCodesTest {

    private static final String SECRET = "s3cr3t-never-printed-0123456789";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void noArgumentsIsAUsageError() {
        assertThat(run(Map.of())).isEqualTo(ExitCodes.USAGE);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("no command given").contains("exwire help");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run(Map.of(), "trade", "--venue", "gateio")).isEqualTo(ExitCodes.USAGE);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("unknown command 'trade'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpPrintsUsageOnStdout(String help) {
        assertThat(run(Map.of(), help)).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("exwire demo", "exwire stream", "exwire account", "EXWIRE_API_KEY",
                "Exit codes");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void commandHelp() {
        assertThat(run(Map.of(), "stream", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("exwire stream", "--book-depth").doesNotContain("exwire account");
        out.reset();
        assertThat(run(Map.of(), "help", "account")).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("exwire account", "--user-id");
    }

    @Test
    void badStreamArgumentsExitWith2AndWriteNothingToStdout() {
        int code = run(Map.of(), "stream", "--venue", "gateio", "--market", "spot", "--symbols", "BTC/USDT",
                "--format", "xml");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).startsWith("exwire: --format must be table or jsonl but was 'xml'");
    }

    @Test
    void missingStreamSymbolsExitWith2() {
        assertThat(run(Map.of(), "stream", "--venue", "mexc", "--market", "spot")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("'stream' needs --symbols");
    }

    @Test
    void accountWithoutCredentialsExitsWith2() {
        int code = run(Map.of(), "account", "--venue", "gateio", "--market", "spot", "--format", "jsonl");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("EXWIRE_API_KEY", "EXWIRE_API_SECRET", "EXWIRE_API_KEY is not set");
    }

    @Test
    void accountWithoutSecretExitsWith2WithoutEchoingTheKey() {
        int code = run(Map.of("EXWIRE_API_KEY", SECRET, "EXWIRE_API_SECRET", "  "), "account", "--venue", "mexc",
                "--market", "futures");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("EXWIRE_API_SECRET is not set").doesNotContain(SECRET);
        assertThat(stdout()).doesNotContain(SECRET);
    }

    @Test
    void credentialsAreNotOptions() {
        int code = run(Map.of(), "account", "--venue", "mexc", "--market", "spot", "--api-secret", SECRET);

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("unknown option --api-secret").doesNotContain(SECRET);
    }

    @Test
    void badDemoArgumentsExitWith2() {
        assertThat(run(Map.of(), "demo", "--duration", "-1s")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("--duration");
    }

    @Test
    void failuresMapToTheDocumentedCodes() {
        assertThat(ExitCodes.of(new AuthenticationException("no"))).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(ExitCodes.of(new CompletionException(new AuthenticationException("no"))))
                .isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(ExitCodes.of(new ExecutionException(new ConnectionLostException("down"))))
                .isEqualTo(ExitCodes.CONNECTION);
        assertThat(ExitCodes.of(new RequestTimeoutException("slow"))).isEqualTo(ExitCodes.CONNECTION);
        assertThat(ExitCodes.of(new ConfigurationException("bad"))).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.of(new ExchangeNotFoundException("none"))).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.of(new UnknownSymbolException("DOGE/USDT", "x"))).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.of(new UsageException("u"))).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.of(new ProtocolException("p"))).isEqualTo(ExitCodes.FAILURE);
        assertThat(ExitCodes.of(new IllegalStateException("?"))).isEqualTo(ExitCodes.FAILURE);
    }

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
