package io.exwire.core.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A venue's HTTP answer.
 *
 * @param status HTTP status
 * @param body the body text
 * @param headers response headers (lower-case names)
 */
public record RestResponse(int status, String body, Map<String, List<String>> headers) {

    /**
     * @param name lower-case header name
     * @return the first value
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return whether the status is 2xx */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
