/**
 * Connection lifecycle shared by both domains: the {@link io.exwire.core.connection.ManagedConnection} state
 * machine, liveness and heartbeats, and Resilience4j-governed reconnection ({@link io.exwire.core.connection.ReconnectBackoff}).
 */
package io.exwire.core.connection;
