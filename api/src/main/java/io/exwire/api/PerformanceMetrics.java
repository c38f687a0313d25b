package io.exwire.api;

/**
 * Live metrics of one component. Recording costs a few plain field updates on the hot path; {@link #snapshot()}
 * does the expensive work (histogram percentiles) and may be called from any thread at any rate.
 */
public interface PerformanceMetrics {

    /** @return the current figures */
    MetricsSnapshot snapshot();
}
