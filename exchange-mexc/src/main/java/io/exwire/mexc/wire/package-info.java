/**
 * Wire pieces shared by MEXC's public and private adapters, with no knowledge of credentials: the hand-written,
 * allocation-free protobuf reader ({@link io.exwire.mexc.wire.ProtoReader}, {@link io.exwire.mexc.wire.AsciiDecimal})
 * and the spot push envelope, spot control frames and their ack matching, the futures JSON envelope and its
 * id-less ack FIFO, symbol spellings, endpoints and limits, and REST error mapping. Not exported.
 */
package io.exwire.mexc.wire;
