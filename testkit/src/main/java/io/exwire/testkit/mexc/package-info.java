/**
 * The MEXC simulator: spot v3 (WebSocket {@code /ws} with JSON requests and binary protobuf pushes, REST
 * {@code /api/v3}) and futures (WebSocket {@code /edge} with JSON, REST {@code /api/v1}) on loopback, with MEXC's
 * acks, refusals, limits, timers, signatures and fault injection.
 *
 * <p>Public entry points: {@link io.exwire.testkit.mexc.MexcSimulator} (with
 * {@link io.exwire.testkit.mexc.MexcSimulatorConfig}) and {@link io.exwire.testkit.mexc.MexcSimulatorMain}; the
 * hand-written protobuf encoder ({@link io.exwire.testkit.mexc.ProtoWriter},
 * {@link io.exwire.testkit.mexc.SpotPushWrapper} and the body records) and
 * {@link io.exwire.testkit.mexc.MexcSignatures} are public so client unit tests can build exact frames and
 * signatures. Everything else is package-private.
 */
package io.exwire.testkit.mexc;
