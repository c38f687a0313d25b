package io.exwire.gateio.marketdata;

import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.MarketType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class GateioPublicVenueTest {

    @Test
    @DisplayName("list channels batch 100 symbols per subscribe request; the book channels name exactly one")
    void batchSizes() {
        for (MarketType market : MarketType.values()) {
            GateioPublicVenue venue = new GateioPublicVenue(market);
            assertThat(venue.maxSymbolsPerRequest(PublicChannel.ORDER_BOOK)).isEqualTo(1);
            assertThat(venue.maxSymbolsPerRequest(PublicChannel.TRADES)).isEqualTo(100);
            assertThat(venue.maxSymbolsPerRequest(PublicChannel.BOOK_TICKER)).isEqualTo(100);
            assertThat(venue.maxSymbolsPerRequest(PublicChannel.TICKER)).isEqualTo(100);
        }
    }
}
