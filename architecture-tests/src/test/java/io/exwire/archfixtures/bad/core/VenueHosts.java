package io.exwire.archfixtures.bad.core;

/** Breaks coreBytecodeNeverMentionsVenues: a neutral name, but a venue's endpoint as a constant. */
public final class VenueHosts {
    /** The endpoint. */
    public static final String HOST = "wss://api.gateio.ws/ws/v4/";

    /** @return the endpoint */
    public String host() {
        return HOST;
    }
}
