package io.exwire.cli.command;

/** The run was stopped (Ctrl-C, event budget) before start-up finished; carries the exit code. */
public final class StoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode the exit code of the stop
     */
    public StoppedException(int exitCode) {
        super("stopped", null, false, false);
        this.exitCode = exitCode;
    }

    /** @return the exit code */
    public int exitCode() {
        return exitCode;
    }
}
