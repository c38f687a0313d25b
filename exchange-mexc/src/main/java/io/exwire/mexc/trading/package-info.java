/**
 * MEXC private trading: the spot (listen key, protobuf) and futures (login, JSON) account websockets, their
 * protocols and decoders, request signing, and the signed REST clients. Nothing here imports
 * {@code io.exwire.mexc.marketdata}.
 */
package io.exwire.mexc.trading;
