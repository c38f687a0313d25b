package io.exwire.cli.sink;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.model.ConnectionState;
import io.exwire.cli.control.ExitCodes;
import io.exwire.cli.control.RunControl;

/**
 * When a component's events end the run. The CLI closes its components only after the run was stopped, so a
 * component reaching {@code CLOSED} while running has given up reconnecting (the CLI's bounded
 * {@link io.exwire.api.ReconnectPolicy}); the first stop wins, so the CLI's own close does not change the exit code.
 */
final class StopRules {

    private StopRules() {
    }

    static void onState(ConnectionStateChange change, RunControl control) {
        if (change.to() == ConnectionState.CLOSED) {
            control.stop(ExitCodes.CONNECTION);
        }
    }

    static void onError(ExwireException error, RunControl control) {
        if (error instanceof AuthenticationException) {
            control.stop(ExitCodes.AUTHENTICATION);
        }
    }
}
