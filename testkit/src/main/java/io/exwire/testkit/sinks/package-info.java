/**
 * Recording {@link io.exwire.core.marketdata.PublicSink} and {@link io.exwire.core.trading.PrivateSink}
 * implementations for venue protocol unit tests: they copy reused views into values so tests can assert on them
 * after the decoder has moved on. Not thread-safe; one per test.
 */
package io.exwire.testkit.sinks;
