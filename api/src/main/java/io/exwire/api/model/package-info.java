/**
 * Venue-neutral values shared by both domains: symbols, venues, market types, exact decimals, sides and
 * connection states. Everything here is immutable and thread-safe.
 */
package io.exwire.api.model;
