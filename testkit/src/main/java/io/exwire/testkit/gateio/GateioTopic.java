package io.exwire.testkit.gateio;

/**
 * One subscription topic.
 *
 * @param channel the channel
 * @param name a venue symbol, {@code !all} or an obu stream name
 * @param value the book level, the user id of a private topic, or ""
 */
record GateioTopic(String channel, String name, String value) {
}
