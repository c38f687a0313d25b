package io.exwire.api.metrics;

/**
 * Live metrics of one component. Recording costs a few plain field updates on the hot path; {@link #snapshot()}
 * does the expensive work (histogram percentiles) and may be called from any thread at any rate.
 */
public interface PerformanceMetrics {

    /**
     * Returns the current figures.
     *
     * @return the current figures
     */
    MetricsSnapshot snapshot();
}
