/** The public-domain factory an exchange provider implements. Knows nothing of credentials. */
package io.exwire.spi.marketdata;
