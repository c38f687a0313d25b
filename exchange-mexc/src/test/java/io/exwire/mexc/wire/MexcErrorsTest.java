package io.exwire.mexc.wire;

import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.RateLimitedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.exception.VenueErrorException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class MexcErrorsTest {

    @Test
    @DisplayName("spot: key/signature/IP/permission codes are authentication errors; 700003 asks for a clock resync")
    void spotAuthentication() {
        for (long code : new long[]{700001, 700002, 700006, 700007, 10072, 602}) {
            assertThat(MexcErrors.spot("GET /api/v3/account", 400, code, "x", null))
                    .as("code %d", code).isInstanceOf(AuthenticationException.class);
        }
        assertThat(MexcErrors.spot("GET /api/v3/account", 400, 700003, "x", null))
                .isInstanceOf(MexcErrors.ClockSkewException.class);
    }

    @Test
    @DisplayName("spot: bad symbols, rate limits and other codes")
    void spotOthers() {
        assertThat(MexcErrors.spot("GET /api/v3/depth", 400, -1121, "Invalid symbol.", null))
                .isInstanceOf(UnknownSymbolException.class);
        assertThat(MexcErrors.spot("GET /api/v3/depth", 400, 10007, "bad symbol", null))
                .isInstanceOf(UnknownSymbolException.class);
        RateLimitedException limited = (RateLimitedException) MexcErrors.spot("GET /api/v3/depth", 418, 0, "banned",
                Duration.ofSeconds(120));
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        VenueErrorException other = (VenueErrorException) MexcErrors.spot("POST /api/v3/order", 400, 10101,
                "Insufficient balance", null);
        assertThat(other.venueCode()).isEqualTo("10101");
        assertThat(other.httpStatus()).isEqualTo(400);
        assertThat(other.getMessage()).contains("POST /api/v3/order").contains("10101").contains("Insufficient");
    }

    @Test
    @DisplayName("futures: 401/402/406/602/70x auth, 510 rate limit, 513 clock, 1001 unknown contract")
    void futures() {
        for (long code : new long[]{401, 402, 406, 602, 701, 702, 703, 704}) {
            assertThat(MexcErrors.futures("GET x", 200, code, "m")).isInstanceOf(AuthenticationException.class);
        }
        assertThat(MexcErrors.futures("GET x", 200, 510, "m")).isInstanceOf(RateLimitedException.class);
        assertThat(MexcErrors.futures("GET x", 200, 513, "m")).isInstanceOf(MexcErrors.ClockSkewException.class);
        assertThat(MexcErrors.futures("GET x", 200, 1001, "m")).isInstanceOf(UnknownSymbolException.class);
        assertThat(MexcErrors.futures("GET x", 200, 2005, "Balance insufficient"))
                .isInstanceOf(VenueErrorException.class);
    }
}
