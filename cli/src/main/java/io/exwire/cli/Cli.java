package io.exwire.cli;

import io.exwire.cli.control.ExitCodes;
import io.exwire.cli.control.RunControl;
import io.exwire.cli.control.UsageException;

import io.exwire.cli.command.AccountCommand;
import io.exwire.cli.command.CliContext;
import io.exwire.cli.command.StoppedException;
import io.exwire.cli.command.StreamCommand;
import io.exwire.cli.demo.DemoCommand;
import io.exwire.cli.options.AccountOptions;
import io.exwire.cli.options.DemoOptions;
import io.exwire.cli.options.StreamOptions;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One execution of the command line: dispatches to a command and turns every outcome into an exit code and, for
 * failures, one message on stderr (never a secret: exwire's exception messages carry none and credentials are
 * never echoed).
 */
public final class Cli {

    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(5);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final boolean interactive;
    private final RunControl control = new RunControl();
    private final CountDownLatch finished = new CountDownLatch(1);

    /**
     * @param out stdout
     * @param err stderr
     * @param env the environment (credentials)
     * @param interactive whether stdout is a terminal
     */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env, boolean interactive) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.interactive = interactive;
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     * @return the exit code
     */
    public int execute(String[] args) {
        try {
            return dispatch(List.of(args));
        } catch (StoppedException e) {
            return e.exitCode();
        } catch (UsageException e) {
            err.println("exwire: " + e.getMessage());
            err.println("Run 'exwire help' for usage.");
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            return failure(e);
        } finally {
            out.flush();
            finished.countDown();
        }
    }

    /** Stops the run normally (Ctrl-C) and waits, bounded, for the command to close its connections. */
    public void interrupt() {
        control.stop(ExitCodes.OK);
        try {
            finished.await(INTERRUPT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int dispatch(List<String> args) {
        if (args.isEmpty()) {
            throw new UsageException("no command given; commands: demo, stream, account, help");
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (isHelp(command) || rest.contains("--help") || rest.contains("-h")) {
            out.print(Usage.of(isHelp(command) && !rest.isEmpty() ? rest.get(0) : command));
            return ExitCodes.OK;
        }
        return runCommand(command, rest);
    }

    private int runCommand(String command, List<String> rest) {
        CliContext ctx = new CliContext(out, err, env, interactive, control);
        return switch (command) {
            case "demo" -> new DemoCommand(ctx).run(DemoOptions.parse(rest));
            case "stream" -> new StreamCommand(ctx).run(StreamOptions.parse(rest));
            case "account" -> new AccountCommand(ctx).run(AccountOptions.parse(rest));
            default -> throw new UsageException("unknown command '" + command + "'; commands: demo, stream, account, help");
        };
    }

    private static boolean isHelp(String command) {
        return command.equals("help") || command.equals("--help") || command.equals("-h");
    }

    private int failure(RuntimeException e) {
        Throwable cause = ExitCodes.unwrap(e);
        int code = ExitCodes.of(cause);
        err.println("exwire: " + describe(code, cause));
        if (code == ExitCodes.FAILURE && env.containsKey("EXWIRE_DEBUG")) {
            cause.printStackTrace(err);
        }
        return code;
    }

    private static String describe(int code, Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return switch (code) {
            case ExitCodes.AUTHENTICATION -> "authentication failed: " + message;
            case ExitCodes.CONNECTION -> "could not connect: " + message;
            case ExitCodes.USAGE -> message;
            default -> cause.getClass().getSimpleName() + ": " + message;
        };
    }
}
