/**
 * Dispatch lanes: where frames are decoded and handlers run, serialised per component, queued (bounded, one
 * dispatcher thread) or inline (reader thread). See {@link io.exwire.api.DispatchMode} for the contract.
 */
package io.exwire.core.dispatch;
