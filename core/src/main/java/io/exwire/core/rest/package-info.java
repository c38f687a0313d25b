/**
 * The one HTTP transport of exwire (JDK HttpClient) with timeouts, connection reuse, a client-side rate limiter
 * and server-time offset measurement. Venue REST clients build on it.
 */
package io.exwire.core.rest;
