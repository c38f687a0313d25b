/**
 * A venue-neutral, deterministic simulated market and account model shared by every venue simulator.
 *
 * <p>{@link io.exwire.testkit.market.SimulatedMarket} holds one {@link io.exwire.testkit.market.SimulatedBook} per
 * symbol and advances them with a seeded {@link java.util.SplittableRandom}, producing
 * {@link io.exwire.testkit.market.BookDelta book deltas} with first/last update ids and
 * {@link io.exwire.testkit.market.MarketTrade trades}. {@link io.exwire.testkit.market.SimulatedLedger} models
 * accounts (orders, fills, cancels, balances, futures positions, own trades) and emits typed
 * {@link io.exwire.testkit.market.LedgerEvent events}; a venue simulator renders those values in its own field names.
 * Nothing here knows any venue's wire format.
 */
package io.exwire.testkit.market;
