package io.exwire.core.trading;

/**
 * A frame a private connection sends after opening, whose answer core awaits (with the request timeout) before the
 * component counts as authenticated and subscribed.
 *
 * @param requestId the id the venue echoes (or that the protocol maps the venue's answer to)
 * @param frame the text frame
 * @param authenticates whether acceptance of this request proves the credentials (login, signed subscribe)
 */
public record OpeningRequest(int requestId, String frame, boolean authenticates) {
}
