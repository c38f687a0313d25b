package io.exwire.gateio.marketdata;

import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.GateioSymbols;

import java.util.ArrayList;
import java.util.List;

/** The Gate.io channel names and payloads of one market's public channels. Immutable. */
final class PublicChannels {

    final String book;
    final String trades;
    final String bookTicker;
    final String tickers;
    final String ping;
    private final BookStream bookStream;

    PublicChannels(MarketType market, BookStream bookStream) {
        String prefix = GateioEndpoints.channelPrefix(market);
        this.book = prefix + ".order_book_update";
        this.trades = prefix + ".trades";
        this.bookTicker = prefix + ".book_ticker";
        this.tickers = prefix + ".tickers";
        this.ping = prefix + ".ping";
        this.bookStream = bookStream;
    }

    /**
     * @param channel the neutral channel
     * @return the venue channel name
     */
    String name(PublicChannel channel) {
        return switch (channel) {
            case ORDER_BOOK -> book;
            case TRADES -> trades;
            case BOOK_TICKER -> bookTicker;
            case TICKER -> tickers;
        };
    }

    /**
     * @param channel the neutral channel
     * @param symbols the symbols; exactly one for the book channel
     * @return the payload strings
     * @throws IllegalArgumentException when the book channel is given more than one symbol (its payload names one)
     */
    List<String> payload(PublicChannel channel, List<Symbol> symbols) {
        if (channel == PublicChannel.ORDER_BOOK) {
            if (symbols.size() != 1) {
                throw new IllegalArgumentException("gateio book subscriptions carry exactly one symbol, got "
                        + symbols.size());
            }
            return bookStream.payload(GateioSymbols.venue(symbols.get(0)));
        }
        List<String> payload = new ArrayList<>(symbols.size());
        for (Symbol s : symbols) {
            payload.add(GateioSymbols.venue(s));
        }
        return payload;
    }
}
