/**
 * The public market-data domain: {@link io.exwire.api.marketdata.BasePublicWebsocket} (symbols mandatory, no
 * authentication), its handlers and events, the public REST client and the public composite. Nothing here refers
 * to {@link io.exwire.api.trading}; the architecture tests make that a build failure.
 *
 * <p>Hot-path events ({@link io.exwire.api.marketdata.TradeView}, {@link io.exwire.api.marketdata.BookTickerView},
 * {@link io.exwire.api.marketdata.OrderBookView}) are reused views, valid only during the callback, with exact
 * fixed-point numbers as mantissa and scale.
 */
package io.exwire.api.marketdata;
