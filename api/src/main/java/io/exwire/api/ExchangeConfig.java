package io.exwire.api;

import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a component needs to reach one venue market, except credentials (which only the private factory
 * takes, as {@link io.exwire.api.trading.Credentials}).
 *
 * <p>Immutable and thread-safe; validated once by {@link Builder#build()}, whose
 * {@link ConfigurationException} names the wrong setting. Endpoint URIs are optional: without them the venue's
 * production endpoints are used; set them for testnets, colocation or local simulators ({@code ws://},
 * {@code wss://}, {@code http://} and {@code https://} all work). The REST URI is the root (scheme, host, port);
 * adapters append the venue's documented paths. TLS certificates are verified unless
 * {@link Builder#insecureSkipTlsVerification()} is called explicitly.
 */
public final class ExchangeConfig {

    private final ExchangeId exchange;
    private final MarketType market;
    private final URI websocketUri;
    private final URI restUri;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration heartbeatInterval;
    private final Duration livenessTimeout;
    private final Duration maxConnectionLifetime;
    private final int maxFrameBytes;
    private final int bookDepth;
    private final ReconnectPolicy reconnectPolicy;
    private final DispatchMode dispatchMode;
    private final int dispatchQueueCapacity;
    private final Map<PublicChannel, Duration> staleThresholds;
    private final boolean tlsVerification;
    private final InstantSource clock;
    private final Map<String, String> venueOptions;

    private ExchangeConfig(Builder b) {
        this.exchange = b.exchange;
        this.market = b.market;
        this.websocketUri = b.websocketUri;
        this.restUri = b.restUri;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.heartbeatInterval = b.heartbeatInterval;
        this.livenessTimeout = b.livenessTimeout;
        this.maxConnectionLifetime = b.maxConnectionLifetime;
        this.maxFrameBytes = b.maxFrameBytes;
        this.bookDepth = b.bookDepth;
        this.reconnectPolicy = b.reconnectPolicy;
        this.dispatchMode = b.dispatchMode;
        this.dispatchQueueCapacity = b.dispatchQueueCapacity;
        this.staleThresholds = java.util.Collections.unmodifiableMap(new EnumMap<>(b.staleThresholds));
        this.tlsVerification = b.tlsVerification;
        this.clock = b.clock;
        this.venueOptions = java.util.Collections.unmodifiableMap(new TreeMap<>(b.venueOptions));
    }

    /**
     * Starts a builder.
     *
     * @param exchange the venue id, e.g. {@code ExchangeId.of("gateio")}
     * @param market the market
     * @return a builder with the documented defaults
     */
    public static Builder builder(ExchangeId exchange, MarketType market) {
        return new Builder(exchange, market);
    }

    /**
     * Returns a builder initialised from this configuration.
     *
     * @return a builder initialised from this configuration
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the venue.
     *
     * @return the venue
     */
    public ExchangeId exchange() {
        return exchange;
    }

    /**
     * Returns the market.
     *
     * @return the market
     */
    public MarketType market() {
        return market;
    }

    /**
     * Returns the websocket endpoint override; empty means the venue's production endpoint.
     *
     * @return the websocket endpoint override; empty means the venue's production endpoint
     */
    public Optional<URI> websocketUri() {
        return Optional.ofNullable(websocketUri);
    }

    /**
     * Returns the REST root override (scheme, host, port); empty means the venue's production root.
     *
     * @return the REST root override (scheme, host, port); empty means the venue's production root
     */
    public Optional<URI> restUri() {
        return Optional.ofNullable(restUri);
    }

    /**
     * Returns timeout for TCP + TLS + websocket upgrade, and for REST connects (default 10 s).
     *
     * @return timeout for TCP + TLS + websocket upgrade, and for REST connects (default 10 s)
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns timeout for a venue's answer to a subscribe, authentication or REST call (default 10 s).
     *
     * @return timeout for a venue's answer to a subscribe, authentication or REST call (default 10 s)
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * Returns the app-level ping interval override; empty means the venue's documented schedule.
     *
     * @return the app-level ping interval override; empty means the venue's documented schedule
     */
    public Optional<Duration> heartbeatInterval() {
        return Optional.ofNullable(heartbeatInterval);
    }

    /**
     * Returns how long without any inbound frame declares the connection dead; empty means two heartbeat intervals.
     *
     * @return how long without any inbound frame declares the connection dead; empty means two heartbeat intervals
     */
    public Optional<Duration> livenessTimeout() {
        return Optional.ofNullable(livenessTimeout);
    }

    /**
     * Returns the recycle age override; empty means the venue's documented maximum lifetime minus a margin.
     *
     * @return the recycle age override; empty means the venue's documented maximum lifetime minus a margin
     */
    public Optional<Duration> maxConnectionLifetime() {
        return Optional.ofNullable(maxConnectionLifetime);
    }

    /**
     * Returns largest accepted inbound message in bytes (default 4 MiB); larger is an error and a reconnect.
     *
     * @return largest accepted inbound message in bytes (default 4 MiB); larger is an error and a reconnect
     */
    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /**
     * Returns levels kept per book side (default 20).
     *
     * @return levels kept per book side (default 20)
     */
    public int bookDepth() {
        return bookDepth;
    }

    /**
     * Returns the reconnection policy.
     *
     * @return the reconnection policy
     */
    public ReconnectPolicy reconnectPolicy() {
        return reconnectPolicy;
    }

    /**
     * Returns where handlers run (default {@link DispatchMode#QUEUED}).
     *
     * @return where handlers run (default {@link DispatchMode#QUEUED})
     */
    public DispatchMode dispatchMode() {
        return dispatchMode;
    }

    /**
     * Returns capacity of the dispatch queue in frames (default 16,384).
     *
     * @return capacity of the dispatch queue in frames (default 16,384)
     */
    public int dispatchQueueCapacity() {
        return dispatchQueueCapacity;
    }

    /**
     * The silence after which a subscription is declared stale and resubscribed.
     *
     * @param channel the channel
     * @return the threshold, or empty when the channel is not watched (trades by default: quiet markets exist)
     */
    public Optional<Duration> staleThreshold(PublicChannel channel) {
        return Optional.ofNullable(staleThresholds.get(channel));
    }

    /**
     * Returns whether TLS certificates and host names are verified (default true).
     *
     * @return whether TLS certificates and host names are verified (default true)
     */
    public boolean tlsVerification() {
        return tlsVerification;
    }

    /**
     * Returns the clock every deadline and timestamp of the component uses.
     *
     * @return the clock every deadline and timestamp of the component uses
     */
    public InstantSource clock() {
        return clock;
    }

    /**
     * A venue-specific option, documented by the provider (e.g. MEXC's {@code interval} {@code 100ms}/{@code 10ms}).
     *
     * @param key the option name
     * @return the value, or empty
     */
    public Optional<String> venueOption(String key) {
        return Optional.ofNullable(venueOptions.get(key));
    }

    /**
     * Returns all venue options.
     *
     * @return all venue options
     */
    public Map<String, String> venueOptions() {
        return venueOptions;
    }

    @Override
    public String toString() {
        return "ExchangeConfig[" + exchange + " " + market + ", ws=" + websocketUri + ", rest=" + restUri
                + ", dispatch=" + dispatchMode + ", tlsVerification=" + tlsVerification + "]";
    }

    static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration but was " + value);
        }
    }

    /** Builds an {@link ExchangeConfig}; not thread-safe; reusable after {@link #build()}. */
    public static final class Builder {
        private final ExchangeId exchange;
        private final MarketType market;
        private URI websocketUri;
        private URI restUri;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration heartbeatInterval;
        private Duration livenessTimeout;
        private Duration maxConnectionLifetime;
        private int maxFrameBytes = 4 * 1024 * 1024;
        private int bookDepth = 20;
        private ReconnectPolicy reconnectPolicy = ReconnectPolicy.DEFAULT;
        private DispatchMode dispatchMode = DispatchMode.QUEUED;
        private int dispatchQueueCapacity = 16_384;
        private final Map<PublicChannel, Duration> staleThresholds = new EnumMap<>(PublicChannel.class);
        private boolean tlsVerification = true;
        private InstantSource clock = InstantSource.system();
        private final Map<String, String> venueOptions = new TreeMap<>();

        private Builder(ExchangeId exchange, MarketType market) {
            this.exchange = exchange;
            this.market = market;
            staleThresholds.put(PublicChannel.ORDER_BOOK, Duration.ofSeconds(60));
            staleThresholds.put(PublicChannel.BOOK_TICKER, Duration.ofSeconds(60));
            staleThresholds.put(PublicChannel.TICKER, Duration.ofSeconds(120));
        }

        private Builder(ExchangeConfig c) {
            this(c.exchange, c.market);
            websocketUri = c.websocketUri;
            restUri = c.restUri;
            connectTimeout = c.connectTimeout;
            requestTimeout = c.requestTimeout;
            heartbeatInterval = c.heartbeatInterval;
            livenessTimeout = c.livenessTimeout;
            maxConnectionLifetime = c.maxConnectionLifetime;
            maxFrameBytes = c.maxFrameBytes;
            bookDepth = c.bookDepth;
            reconnectPolicy = c.reconnectPolicy;
            dispatchMode = c.dispatchMode;
            dispatchQueueCapacity = c.dispatchQueueCapacity;
            staleThresholds.clear();
            staleThresholds.putAll(c.staleThresholds);
            tlsVerification = c.tlsVerification;
            clock = c.clock;
            venueOptions.putAll(c.venueOptions);
        }

        /**
         * Replaces the websocket endpoint as a whole.
         *
         * @param uri e.g. {@code ws://127.0.0.1:8080/ws/v4/}
         * @return this builder
         */
        public Builder websocketUri(URI uri) {
            this.websocketUri = uri;
            return this;
        }

        /**
         * Replaces the REST root (scheme, host and port only).
         *
         * @param uri e.g. {@code https://api.gateio.ws}
         * @return this builder
         */
        public Builder restUri(URI uri) {
            this.restUri = uri;
            return this;
        }

        /**
         * Sets the connect timeout.
         *
         * @param timeout connect timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * Sets the request timeout.
         *
         * @param timeout request (ack, auth, REST) timeout
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * Sets the heartbeat interval.
         *
         * @param interval the app-level ping interval, overriding the venue's schedule
         * @return this builder
         */
        public Builder heartbeatInterval(Duration interval) {
            this.heartbeatInterval = interval;
            return this;
        }

        /**
         * Sets the liveness timeout.
         *
         * @param timeout silence that declares a connection dead
         * @return this builder
         */
        public Builder livenessTimeout(Duration timeout) {
            this.livenessTimeout = timeout;
            return this;
        }

        /**
         * Sets the max connection lifetime.
         *
         * @param lifetime age at which a connection is proactively replaced
         * @return this builder
         */
        public Builder maxConnectionLifetime(Duration lifetime) {
            this.maxConnectionLifetime = lifetime;
            return this;
        }

        /**
         * Sets the max frame bytes.
         *
         * @param bytes the largest accepted inbound message
         * @return this builder
         */
        public Builder maxFrameBytes(int bytes) {
            this.maxFrameBytes = bytes;
            return this;
        }

        /**
         * Sets the book depth.
         *
         * @param depth levels per side kept in local books
         * @return this builder
         */
        public Builder bookDepth(int depth) {
            this.bookDepth = depth;
            return this;
        }

        /**
         * Sets the reconnect policy.
         *
         * @param policy the reconnection policy
         * @return this builder
         */
        public Builder reconnectPolicy(ReconnectPolicy policy) {
            this.reconnectPolicy = policy;
            return this;
        }

        /**
         * Sets the dispatch mode.
         *
         * @param mode where handlers run
         * @return this builder
         */
        public Builder dispatchMode(DispatchMode mode) {
            this.dispatchMode = mode;
            return this;
        }

        /**
         * Sets the dispatch queue capacity.
         *
         * @param capacity dispatch queue capacity in frames
         * @return this builder
         */
        public Builder dispatchQueueCapacity(int capacity) {
            this.dispatchQueueCapacity = capacity;
            return this;
        }

        /**
         * Sets or, with {@code null}, removes the stale-subscription threshold of a channel.
         *
         * @param channel the channel
         * @param threshold the silence that declares a subscription stale, or {@code null} not to watch it
         * @return this builder
         */
        public Builder staleThreshold(PublicChannel channel, Duration threshold) {
            if (threshold == null) {
                staleThresholds.remove(channel);
            } else {
                staleThresholds.put(channel, threshold);
            }
            return this;
        }

        /**
         * Turns TLS certificate and host name verification off. Only for test endpoints with self-signed
         * certificates; never against a real venue.
         *
         * @return this builder
         */
        public Builder insecureSkipTlsVerification() {
            this.tlsVerification = false;
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param clock the clock for deadlines and timestamps (tests inject a controllable one)
         * @return this builder
         */
        public Builder clock(InstantSource clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Sets the venue option.
         *
         * @param key a venue option documented by the provider
         * @param value its value
         * @return this builder
         */
        public Builder venueOption(String key, String value) {
            venueOptions.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the immutable configuration
         * @throws ConfigurationException naming the first invalid setting
         */
        public ExchangeConfig build() {
            try {
                validate();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ConfigurationException("invalid exchange configuration: " + e.getMessage(), e);
            }
            return new ExchangeConfig(this);
        }

        private void validate() {
            Objects.requireNonNull(exchange, "exchange must be set");
            Objects.requireNonNull(market, "market must be set");
            requireScheme("websocketUri", websocketUri, "ws", "wss");
            requireScheme("restUri", restUri, "http", "https");
            requirePositive("connectTimeout", connectTimeout);
            requirePositive("requestTimeout", requestTimeout);
            if (heartbeatInterval != null) {
                requirePositive("heartbeatInterval", heartbeatInterval);
            }
            if (livenessTimeout != null) {
                requirePositive("livenessTimeout", livenessTimeout);
            }
            if (maxConnectionLifetime != null) {
                requirePositive("maxConnectionLifetime", maxConnectionLifetime);
            }
            requireRange("maxFrameBytes", maxFrameBytes, 1024, Integer.MAX_VALUE);
            requireRange("bookDepth", bookDepth, 1, 5000);
            requireRange("dispatchQueueCapacity", dispatchQueueCapacity, 16, 1 << 24);
            Objects.requireNonNull(reconnectPolicy, "reconnectPolicy must be set");
            Objects.requireNonNull(dispatchMode, "dispatchMode must be set");
            Objects.requireNonNull(clock, "clock must be set");
            staleThresholds.forEach((channel, d) -> requirePositive("staleThreshold." + channel, d));
        }

        private static void requireScheme(String name, URI uri, String plain, String secure) {
            if (uri == null) {
                return;
            }
            String scheme = uri.getScheme();
            if (!plain.equalsIgnoreCase(scheme) && !secure.equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException(name + " must use " + plain + ":// or " + secure + ":// but was " + uri);
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException(name + " must name a host but was " + uri);
            }
        }

        private static void requireRange(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + " but was " + value);
            }
        }
    }
}
