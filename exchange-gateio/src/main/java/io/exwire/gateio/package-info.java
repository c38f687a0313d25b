/**
 * The Gate.io exchange provider ({@link io.exwire.gateio.GateioProvider}); applications reach it only through
 * {@code io.exwire.core.Exchanges}. Sub-packages: {@code marketdata} (public), {@code trading} (private) and
 * {@code wire} (shared, credential-free wire pieces). Nothing is exported.
 */
package io.exwire.gateio;
