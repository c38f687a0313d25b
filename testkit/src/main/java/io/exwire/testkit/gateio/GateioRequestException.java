package io.exwire.testkit.gateio;

/** A refused WebSocket request: Gate.io's error {@code code} and {@code message}. */
final class GateioRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;

    GateioRequestException(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
