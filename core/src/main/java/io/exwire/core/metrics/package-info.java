/** Component metrics: counters and HdrHistogram latency histograms behind {@link io.exwire.api.metrics.PerformanceMetrics}. */
package io.exwire.core.metrics;
