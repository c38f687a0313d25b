package io.exwire.core.codec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class MemberNamesTest {

    private static final String[] NAMES = {"id", "create_time", "create_time_ms", "price", "s", "currency_pair"};

    private final ByteCursor in = new ByteCursor();

    /** Reads every member of an object with first/next, skipping values, and returns the indexes reported. */
    private List<Integer> indexes(MemberNames names, String json) {
        assertThat(in.load(json)).isTrue();
        List<Integer> out = new ArrayList<>();
        int previous = -1;
        for (int key = names.first(in); key != MemberNames.END; key = names.next(in, previous)) {
            out.add(key);
            in.skipValue();
            previous = key < 0 ? previous : key;
        }
        in.end();
        return out;
    }

    @Test
    @DisplayName("names are identified in any order, with or without whitespace; unknown names are -1")
    void identifiesInAnyOrder() {
        MemberNames names = new MemberNames(NAMES);
        Random r = new Random(5);
        String[] all = {"id", "create_time", "create_time_ms", "price", "s", "currency_pair", "other", "pricey"};
        for (int i = 0; i < 5_000; i++) {
            List<String> order = new ArrayList<>(List.of(all));
            Collections.shuffle(order, r);
            int n = 1 + r.nextInt(order.size());
            StringBuilder json = new StringBuilder("{");
            List<Integer> expected = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String name = order.get(k);
                json.append(k == 0 ? "" : ",").append(r.nextInt(10) == 0 ? " " : "").append('"').append(name)
                        .append('"').append(r.nextInt(10) == 0 ? " : " : ":").append(k);
                expected.add(List.of(NAMES).indexOf(name));
            }
            String object = json.append('}').toString();
            assertThat(indexes(names, object)).as(object).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("a repeated order is learned: the second object reads every name as a prepared literal")
    void learnsTheOrder() {
        MemberNames names = new MemberNames(NAMES);
        String json = "{\"s\":1,\"create_time_ms\":2,\"id\":3,\"currency_pair\":4}";
        assertThat(indexes(names, json)).containsExactly(4, 2, 0, 5);
        assertThat(in.load(json)).isTrue();
        int previous = -1;
        for (int expected : new int[] {4, 2, 0, 5}) {
            int key = previous < 0 ? names.first(in) : names.next(in, previous);
            assertThat(key).isEqualTo(expected);
            // a literal hit leaves key()'s state from the first object's last name (13 long) untouched
            assertThat(in.keyLength()).isEqualTo(13);
            in.skipValue();
            previous = key;
        }
        assertThat(names.next(in, previous)).isEqualTo(MemberNames.END);
    }

    @Test
    @DisplayName("escaped names miss as key() does; bad name lists are refused")
    void edges() {
        MemberNames names = new MemberNames(NAMES);
        assertThat(in.load("{\"i\\u0064\":1}")).isTrue();
        assertThatThrownBy(() -> names.first(in)).isSameAs(ByteCursor.MISS);
        assertThatThrownBy(() -> new MemberNames("a", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemberNames("x".repeat(17))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("first/next identify names in any order, whitespace included, and report the end of the object")
    void separatorsAndNamesTogether() {
        MemberNames names = new MemberNames(NAMES);
        Random r = new Random(7);
        String[] all = {"id", "create_time", "create_time_ms", "price", "s", "currency_pair", "other"};
        for (int i = 0; i < 5_000; i++) {
            List<String> order = new ArrayList<>(List.of(all));
            if (r.nextInt(4) != 0) {
                Collections.shuffle(order, r);
            }
            int n = r.nextInt(order.size() + 1);
            StringBuilder json = new StringBuilder(r.nextInt(10) == 0 ? " {" : "{");
            List<Integer> expected = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String name = order.get(k);
                json.append(k == 0 ? "" : r.nextInt(10) == 0 ? " , " : ",").append('"').append(name).append("\":")
                        .append(k);
                expected.add(List.of(NAMES).indexOf(name));
            }
            String object = json.append(r.nextInt(10) == 0 ? " }" : "}").toString();
            assertThat(indexes(names, object)).as(object).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("resume continues after straight-line reads: from the start (NONE) or after the last member read")
    void resumes() {
        MemberNames names = new MemberNames(NAMES);
        assertThat(in.load("{\"id\":1,\"price\":2}")).isTrue();
        assertThat(names.resume(in, MemberNames.NONE)).isEqualTo(0);
        in.skipValue();
        assertThat(names.resume(in, 0)).isEqualTo(3);
        in.skipValue();
        assertThat(names.resume(in, 3)).isEqualTo(MemberNames.END);
        in.end();
        assertThat(in.load("{}")).isTrue();
        assertThat(names.resume(in, MemberNames.NONE)).isEqualTo(MemberNames.END);
        assertThat(in.load("{\"id\":1;")).isTrue();
        in.consume(JsonLiteral.firstMember("id"));
        in.skipValue();
        assertThatThrownBy(() -> names.resume(in, 0)).isSameAs(ByteCursor.MISS);
        assertThat(in.load("[1]")).isTrue();
        assertThatThrownBy(() -> names.first(in)).isSameAs(ByteCursor.MISS);
    }
}
