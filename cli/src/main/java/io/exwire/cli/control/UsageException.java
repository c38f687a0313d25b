package io.exwire.cli.control;

/** Wrong command-line arguments or environment; ends the CLI with {@link ExitCodes#USAGE}. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, for the user; never contains secrets
     */
    public UsageException(String message) {
        super(message);
    }
}
