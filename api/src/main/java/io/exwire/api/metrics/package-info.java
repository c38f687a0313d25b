/**
 * Live metrics of a component: counters and latency percentiles ({@link io.exwire.api.metrics.PerformanceMetrics}).
 * Snapshots are immutable and may be taken from any thread.
 */
package io.exwire.api.metrics;
