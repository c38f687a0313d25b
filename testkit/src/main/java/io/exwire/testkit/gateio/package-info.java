/**
 * The Gate.io (API v4) simulator: a real WebSocket server at {@code /ws/v4/} (spot) or {@code /v4/ws/usdt}
 * (USDT perpetuals) and the REST API under {@code /api/v4}, on loopback, backed by the venue-neutral
 * {@link io.exwire.testkit.market} model, with fault injection. Start with
 * {@link io.exwire.testkit.gateio.GateioSimulator}.
 */
package io.exwire.testkit.gateio;
