/**
 * The exwire command line: {@code demo}, {@code stream} and {@code account}. It is also the reference example of
 * the api: besides {@code io.exwire.api} it uses only {@code io.exwire.core.Exchanges}; the venue adapters are on
 * the runtime class or module path and found by {@link java.util.ServiceLoader}. The testkit is used only by
 * {@code demo}, for its embedded simulators.
 */
module io.exwire.cli {
    requires io.exwire.api;
    requires io.exwire.core;
    requires io.exwire.testkit;
    requires java.logging;

    exports io.exwire.cli;
}
