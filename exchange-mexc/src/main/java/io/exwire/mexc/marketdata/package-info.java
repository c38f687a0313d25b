/**
 * MEXC public market data: the spot (protobuf) and futures (JSON) websockets, their protocols and allocation-free
 * decoders, and the public REST clients. No credentials, signers or listen keys are reachable from here; nothing
 * here imports {@code io.exwire.mexc.trading}.
 */
package io.exwire.mexc.marketdata;
