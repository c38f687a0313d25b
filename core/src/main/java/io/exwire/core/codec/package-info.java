/**
 * Allocation-free decoding helpers shared by venue adapters: a JSON pull cursor over text frames, a protobuf wire
 * reader over binary frames, and the venue-symbol table. Hot-path code: no logging, no {@code double}, no
 * {@code BigDecimal}, no streams.
 */
package io.exwire.core.codec;
