/**
 * Every exception exwire reports, under one abstract root {@link io.exwire.api.exception.ExwireException}:
 * {@link io.exwire.api.exception.TransientException} for failures a retry may cure and
 * {@link io.exwire.api.exception.NonTransientException} for those it cannot.
 */
package io.exwire.api.exception;
