package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.Symbol;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Response and request helpers shared by the REST handlers: JSON bodies and Gate.io error objects. */
final class GateioRest {

    private GateioRest() {
    }

    static void json(ServerResponse res, int status, JsonNode body) {
        res.status(Status.create(status));
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(GateioJson.write(body));
    }

    static void ok(ServerResponse res, JsonNode body) {
        json(res, 200, body);
    }

    /** Sends {@code {"label": label, "message": message}} with {@code status}. */
    static void error(ServerResponse res, int status, String label, String message) {
        json(res, status, GateioJson.object().put("label", label).put("message", message));
    }

    /** @return the query parameter, or {@code fallback} */
    static String param(ServerRequest req, String name, String fallback) {
        return req.query().contains(name) ? req.query().get(name) : fallback;
    }

    /** @return the integer query parameter clamped to [1, max], or {@code fallback} */
    static int limit(ServerRequest req, int fallback, int max) {
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(param(req, "limit", Integer.toString(fallback)))));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** @return whether {@code X-Gate-Size-Decimal: 1} was sent */
    static boolean decimalSizes(ServerRequest req) {
        return req.headers().first(HeaderNames.create("X-Gate-Size-Decimal")).map("1"::equals).orElse(false);
    }

    /** Parses a venue symbol or throws the 400 the venue sends for an unknown one. */
    static Symbol listed(GateioSimulator sim, String venueSymbol) {
        Symbol symbol = venueSymbol == null ? null : GateioJson.parseSymbol(venueSymbol);
        if (symbol == null || sim.simulatedMarket().spec(symbol) == null) {
            boolean spot = sim.market() == io.exwire.api.model.MarketType.SPOT;
            throw new RestError(400, spot ? "INVALID_CURRENCY_PAIR" : "CONTRACT_NOT_FOUND",
                    (spot ? "Invalid currency pair " : "Contract not found: ") + venueSymbol);
        }
        return symbol;
    }

    /** A REST failure rendered as a Gate.io error object. */
    static final class RestError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String label;

        RestError(int status, String label, String message) {
            super(message, null, false, false);
            this.status = status;
            this.label = label;
        }

        void send(ServerResponse res) {
            error(res, status, label, getMessage());
        }
    }
}
