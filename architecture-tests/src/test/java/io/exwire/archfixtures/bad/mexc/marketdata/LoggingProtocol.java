package io.exwire.archfixtures.bad.mexc.marketdata;

/** Breaks hotPathHasNoLogging: a protocol logging every frame. */
public final class LoggingProtocol {
    private static final System.Logger LOG = System.getLogger(LoggingProtocol.class.getName());

    /** @param frame frame */
    public void onFrame(String frame) {
        LOG.log(System.Logger.Level.DEBUG, frame);
    }
}
