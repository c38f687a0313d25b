/**
 * The MEXC exchange adapter's entry point, {@link io.exwire.mexc.MexcProvider}, found through
 * {@link java.util.ServiceLoader}. The public domain lives in {@code io.exwire.mexc.marketdata}, the private one in
 * {@code io.exwire.mexc.trading}, the shared wire pieces in {@code io.exwire.mexc.wire}; no package is exported.
 */
package io.exwire.mexc;
