/** Request-id allocation and ack correlation with deadlines, shared by both domains. */
package io.exwire.core.subscription;
