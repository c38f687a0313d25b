/**
 * Where events go ({@link io.exwire.cli.sink.MarketSink}, {@link io.exwire.cli.sink.AccountSink}) and the adapters
 * that turn them into the api's handler records, applying the event budget and the CLI's stop rules.
 */
package io.exwire.cli.sink;
