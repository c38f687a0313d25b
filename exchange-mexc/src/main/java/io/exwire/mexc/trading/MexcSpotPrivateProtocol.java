package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.core.trading.OpeningRequest;
import io.exwire.core.trading.PrivateProtocol;
import io.exwire.core.trading.PrivateSink;
import io.exwire.mexc.wire.SpotControlFrame;
import io.exwire.mexc.wire.SpotRequestFrames;
import io.exwire.mexc.wire.SpotRequests;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The MEXC spot private stream: a listen key authorises the connection, three protobuf channels carry the events.
 *
 * <ol>
 *   <li>{@link #prepare}: obtains a listen key ({@code POST /api/v3/userDataStream}, signed; reused across
 *   reconnects while valid; a refused key or secret fails here with {@code AuthenticationException}), refreshes the
 *   spot symbol list when older than an hour, and returns {@code <endpoint>?listenKey=<key>}.</li>
 *   <li>{@link #openingRequests}: one {@code SUBSCRIPTION} of {@code spot@private.orders.v3.api.pb},
 *   {@code spot@private.deals.v3.api.pb} and {@code spot@private.account.v3.api.pb}; its acceptance proves the key.</li>
 *   <li>{@link #maintain} every 30 minutes: {@code PUT} keep-alive; a failure invalidates the key (a new one is
 *   created by the next {@code prepare}) and is rethrown so that core reconnects.</li>
 *   <li>The plain-text answer {@code Invalid listen key} invalidates the key and asks core to reconnect.</li>
 *   <li>{@link #release}: {@code DELETE} of the key.</li>
 * </ol>
 * Pushes: {@link SpotPrivateDecoder}. Threading as {@link PrivateProtocol} documents.
 */
public final class MexcSpotPrivateProtocol implements PrivateProtocol {

    /** The private channels, subscribed in one request. */
    static final List<String> CHANNELS = List.of("spot@private.orders.v3.api.pb", "spot@private.deals.v3.api.pb",
            "spot@private.account.v3.api.pb");

    private final MexcSpotPrivateRestClient rest;
    private final boolean ownsRest;
    private final ListenKeyLifecycle listenKey;
    private final InstantSource clock;
    private final SpotRequests<String> requests;
    private final SpotControlFrame control = new SpotControlFrame();
    private final SpotPrivateDecoder decoder;

    /**
     * @param rest the REST client for listen keys and the symbol list
     * @param ownsRest whether {@link #release} closes {@code rest} (when it is not the component's own client)
     * @param config the configuration (clock, request timeout)
     */
    public MexcSpotPrivateProtocol(MexcSpotPrivateRestClient rest, boolean ownsRest, ExchangeConfig config) {
        this.rest = rest;
        this.ownsRest = ownsRest;
        this.clock = config.clock();
        this.requests = new SpotRequests<>(config.requestTimeout().toMillis());
        this.listenKey = new ListenKeyLifecycle(rest, clock);
        this.decoder = new SpotPrivateDecoder(rest.directory(), rest::noteSymbol);
    }

    @Override
    public URI prepare(URI endpoint) {
        String key = listenKey.acquire();
        refreshSymbols();
        requests.clear();
        String uri = endpoint.toString();
        return URI.create(uri + (endpoint.getRawQuery() == null ? '?' : '&') + "listenKey=" + key);
    }

    private void refreshSymbols() {
        try {
            rest.refreshSymbolsIfStale();
        } catch (ExwireException e) {
            // the directory then splits unknown spellings on known quote assets; retried on the next prepare
        }
    }

    @Override
    public List<OpeningRequest> openingRequests(IntSupplier ids, long epochMillis) {
        int id = ids.getAsInt();
        requests.register(id, CHANNELS, CHANNELS, clock.millis());
        return List.of(new OpeningRequest(id, SpotRequestFrames.request("SUBSCRIPTION", CHANNELS, id), true));
    }

    @Override
    public String ping(int requestId, long epochMillis) {
        return SpotRequestFrames.PING;
    }

    @Override
    public void onText(String frame, long receiveNanos, PrivateSink sink) {
        try {
            control.parse(frame);
        } catch (ProtocolException e) {
            sink.protocolError(e);
            return;
        }
        switch (control.kind()) {
            case PONG -> sink.pong();
            case ACK -> answer(sink);
            case INVALID_LISTEN_KEY -> {
                listenKey.invalidate();
                sink.reconnectRequired("MEXC: Invalid listen key");
            }
            default -> sink.unknownChannel();
        }
    }

    private void answer(PrivateSink sink) {
        SpotRequests.Outcome<String> outcome = requests.resolve(control.id(), control.code(), control.msg(),
                clock.millis());
        if (outcome == null) {
            sink.unknownChannel();
        } else if (outcome.accepted()) {
            sink.acknowledged(outcome.requestId());
        } else {
            sink.rejected(outcome.requestId(), new SubscriptionRejectedException("MEXC refused private channels "
                    + outcome.refused() + ": " + outcome.reason(), outcome.venueCode()));
        }
    }

    @Override
    public void onBinary(ByteBuffer frame, long receiveNanos, PrivateSink sink) {
        try {
            decoder.decode(frame, receiveNanos, sink);
        } catch (ProtocolException e) {
            sink.protocolError(e);
        }
    }

    @Override
    public Duration maintenanceInterval() {
        return ListenKeyLifecycle.KEEP_ALIVE_INTERVAL;
    }

    @Override
    public void maintain(long epochMillis) {
        listenKey.keepAlive();
    }

    @Override
    public void release() {
        try {
            listenKey.release();
        } finally {
            if (ownsRest) {
                rest.close();
            }
        }
    }
}
