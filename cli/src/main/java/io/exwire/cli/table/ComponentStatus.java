package io.exwire.cli.table;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.metrics.MetricsSnapshot;
import io.exwire.api.metrics.PerformanceMetrics;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

import java.util.concurrent.atomic.AtomicLong;

/** The connection state, metrics source and error count of one component, as the table shows them. Thread-safe. */
public final class ComponentStatus {

    private final ExchangeId venue;
    private final MarketType market;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private volatile PerformanceMetrics metrics;
    private volatile String lastError;

    /**
     * @param venue the venue
     * @param market the market
     */
    public ComponentStatus(ExchangeId venue, MarketType market) {
        this.venue = venue;
        this.market = market;
    }

    /** @return the venue */
    public ExchangeId venue() {
        return venue;
    }

    /** @return the market */
    public MarketType market() {
        return market;
    }

    /** @param source the component's metrics, once it exists */
    public void metricsFrom(PerformanceMetrics source) {
        this.metrics = source;
    }

    /** @param change a transition */
    public void state(ConnectionStateChange change) {
        this.state = change.to();
    }

    /** @param error an error */
    public void error(ExwireException error) {
        errors.incrementAndGet();
        lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    /** Counts a book or stream gap. */
    public void gap() {
        gaps.incrementAndGet();
    }

    /** @return the last state */
    public ConnectionState currentState() {
        return state;
    }

    /** @return errors so far */
    public long errors() {
        return errors.get();
    }

    /** @return gaps so far */
    public long gaps() {
        return gaps.get();
    }

    /** @return the last error, or null */
    public String lastError() {
        return lastError;
    }

    /** @return the component's current metrics, or null before it exists */
    public MetricsSnapshot metrics() {
        PerformanceMetrics source = metrics;
        return source == null ? null : source.snapshot();
    }
}
