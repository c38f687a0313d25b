package io.exwire.archfixtures.bad.api.marketdata;

import java.util.List;
import java.util.Set;

/** Fixture public port. */
public interface BasePublicWebsocket {
    /**
     * @param symbols symbols
     * @param channels channels
     */
    void initialize(List<String> symbols, Set<String> channels);
}
