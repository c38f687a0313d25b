/** The private-domain factory an exchange provider implements. */
package io.exwire.spi.trading;
