package io.exwire.core.rest;

import java.util.Map;

/**
 * One HTTP request to a venue's REST API.
 *
 * @param method GET, POST, PUT or DELETE
 * @param path the documented path, e.g. {@code /api/v4/spot/order_book}
 * @param query the query string without {@code ?}, exactly as signed, or an empty string
 * @param body the body, exactly as signed, or an empty string
 * @param headers extra headers (signatures, keys); never logged
 */
public record RestRequest(String method, String path, String query, String body, Map<String, String> headers) {

    /** Copies the headers and normalises nulls. */
    public RestRequest {
        query = query == null ? "" : query;
        body = body == null ? "" : body;
        headers = Map.copyOf(headers == null ? Map.of() : headers);
    }

    /**
     * @param path the path
     * @param query the query string
     * @return an unsigned GET
     */
    public static RestRequest get(String path, String query) {
        return new RestRequest("GET", path, query, "", Map.of());
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?<query>");
    }
}
