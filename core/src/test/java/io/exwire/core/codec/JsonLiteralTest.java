package io.exwire.core.codec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class JsonLiteralTest {

    private final ByteCursor in = new ByteCursor();

    private ByteCursor at(String json) {
        assertThat(in.load(json)).isTrue();
        return in;
    }

    @Test
    @DisplayName("a string literal is consumed only when exactly that quoted string is next; otherwise nothing moves")
    void strings() {
        JsonLiteral trades = JsonLiteral.string("spot.trades");
        at("[ \"spot.trades\",\"spot.trades2\",\"spot.trade\",\"spot.trades\"]").arrayStart();
        assertThat(in.consume(trades)).isTrue();
        in.more(']');
        int before = in.position();
        assertThat(in.consume(trades)).isFalse();
        assertThat(in.position()).isEqualTo(before);
        in.readString();
        in.more(']');
        assertThat(in.consume(trades)).isFalse();
        in.readString();
        in.more(']');
        assertThat(in.consume(trades)).isTrue();
        assertThat(in.more(']')).isFalse();
        in.end();
    }

    @Test
    @DisplayName("every length up to the limit matches at the very end of a frame and fails on one more character")
    void lengths() {
        for (int n = 0; n <= 30; n++) {
            String content = "abcdefghijklmnopqrstuvwxyz0123".substring(0, n);
            JsonLiteral literal = JsonLiteral.string(content);
            assertThat(literal).hasToString("\"" + content + "\"");
            at("\"" + content + "\"").peek();
            assertThat(in.consume(literal)).as(content).isTrue();
            in.end();
            at("\"" + content + "!\"").peek();
            assertThat(in.consume(literal)).as(content).isFalse();
            at("\"" + content).peek();
            assertThat(in.consume(literal)).as(content).isFalse();
        }
    }

    @Test
    @DisplayName("a member-name literal includes the colon; whitespace before the colon does not match")
    void memberNames() {
        JsonLiteral price = JsonLiteral.memberName("price");
        assertThat(price).hasToString("\"price\":");
        at("{\"price\":1,\"price\" :2}").objectStart();
        assertThat(in.consume(price)).isTrue();
        assertThat(in.whole()).isEqualTo(1);
        in.more('}');
        assertThat(in.consume(price)).isFalse();
        JsonLiteral longest = JsonLiteral.memberName("a".repeat(29));
        at("{\"" + "a".repeat(29) + "\":3}").objectStart();
        assertThat(in.consume(longest)).isTrue();
        assertThat(in.whole()).isEqualTo(3);
    }

    @Test
    @DisplayName("long, quoted, escaped or non-ASCII content is refused")
    void refusals() {
        assertThatThrownBy(() -> JsonLiteral.string("x".repeat(31))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLiteral.memberName("x".repeat(30))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLiteral.string("a\"b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLiteral.string("a\\b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLiteral.string("\u00e9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLiteral.string("\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("first-member, next-member and fragment literals match only their exact bytes, up to 32 of them")
    void separatorLiterals() {
        assertThat(JsonLiteral.firstMember("t")).hasToString("{\"t\":");
        assertThat(JsonLiteral.nextMember("price")).hasToString(",\"price\":");
        at("{\"t\":1,\"price\":2, \"price\":3}");
        assertThat(in.consume(JsonLiteral.firstMember("t"))).isTrue();
        assertThat(in.whole()).isEqualTo(1);
        assertThat(in.consume(JsonLiteral.nextMember("pric"))).isFalse();
        assertThat(in.consume(JsonLiteral.nextMember("price"))).isTrue();
        assertThat(in.whole()).isEqualTo(2);
        assertThat(in.consume(JsonLiteral.nextMember("price"))).isFalse();
        String fragment = ",\"event\":\"update\",\"result\":[";
        JsonLiteral text = JsonLiteral.text(fragment);
        at(fragment + "1]").peek();
        assertThat(in.consume(text)).isTrue();
        assertThat(in.whole()).isEqualTo(1);
        for (int n = 1; n <= 32; n++) {
            String json = "x".repeat(n - 1) + "y";
            at(json).peek();
            assertThat(in.consume(JsonLiteral.text(json))).as(json).isTrue();
            in.end();
            at("x".repeat(n - 1) + "z").peek();
            assertThat(in.consume(JsonLiteral.text(json))).as(json).isFalse();
        }
        assertThatThrownBy(() -> JsonLiteral.text("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLiteral.text("x".repeat(33))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLiteral.text("a\\b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLiteral.text("\u00e9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLiteral.firstMember("x".repeat(29))).isInstanceOf(IllegalArgumentException.class);
    }
}
