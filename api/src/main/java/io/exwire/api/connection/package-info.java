/**
 * Neutral observation ports shared by both domains: connection-state transitions, typed errors and stream gaps.
 * Handlers here are called on the component's dispatcher thread (see {@link io.exwire.api.DispatchMode}) and must
 * not block.
 */
package io.exwire.api.connection;
