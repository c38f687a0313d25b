package io.exwire.cli;

import java.io.PrintStream;
import java.util.Map;

/** The {@code exwire} command line. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its code. Ctrl-C stops the run normally: connections are closed
     * before the JVM exits.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        Logging.configure(System.getenv("EXWIRE_LOG_LEVEL"));
        Cli cli = new Cli(System.out, System.err, System.getenv(), Terminal.isInteractive());
        Thread hook = new Thread(cli::interrupt, "exwire-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = cli.execute(args);
        removeHook(hook);
        System.exit(code);
    }

    /**
     * Runs the command line in-process, with the process environment and a non-interactive stdout.
     *
     * @param args the arguments
     * @param out stdout
     * @param err stderr
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /**
     * Runs the command line in-process.
     *
     * @param args the arguments
     * @param out stdout
     * @param err stderr
     * @param env the environment to read credentials from
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return new Cli(out, err, env, false).execute(args);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running and waits for us
        }
    }
}
