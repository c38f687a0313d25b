/**
 * The neutral websocket transport (Helidon 4 client): serialised writes, protocol pings answered, a message size
 * limit, liveness timestamps, and epoch-nanosecond receive stamps. Knows nothing of either domain.
 */
package io.exwire.core.transport;
