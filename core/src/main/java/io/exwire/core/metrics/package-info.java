/** Component metrics: counters and HdrHistogram latency histograms behind {@link io.exwire.api.PerformanceMetrics}. */
package io.exwire.core.metrics;
