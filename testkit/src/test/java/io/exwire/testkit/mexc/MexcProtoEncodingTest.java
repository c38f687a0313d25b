package io.exwire.testkit.mexc;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written protobuf encoder against vectors computed independently (by hand and with a separate encoder)
 * from the field tables in the MEXC protocol notes.
 */
@Timeout(10)
class MexcProtoEncodingTest {

    private static final HexFormat HEX = HexFormat.of();

    private static String hex(ProtoWriter w) {
        return HEX.formatHex(w.toByteArray());
    }

    @Test
    @DisplayName("varints are little-endian base-128; negative int64 takes ten bytes")
    void varints() {
        assertThat(hex(new ProtoWriter().varint(0))).isEqualTo("00");
        assertThat(hex(new ProtoWriter().varint(1))).isEqualTo("01");
        assertThat(hex(new ProtoWriter().varint(127))).isEqualTo("7f");
        assertThat(hex(new ProtoWriter().varint(128))).isEqualTo("8001");
        assertThat(hex(new ProtoWriter().varint(300))).isEqualTo("ac02");
        assertThat(hex(new ProtoWriter().varint(-1))).isEqualTo("ffffffffffffffffff01");
        assertThat(hex(new ProtoWriter().int32(1, -2))).isEqualTo("08feffffffffffffffff01");
    }

    @Test
    @DisplayName("zigzag maps 0,-1,1,-2 to 0,1,2,3")
    void zigzag() {
        assertThat(ProtoWriter.zigzag(0)).isZero();
        assertThat(ProtoWriter.zigzag(-1)).isEqualTo(1);
        assertThat(ProtoWriter.zigzag(1)).isEqualTo(2);
        assertThat(ProtoWriter.zigzag(-2)).isEqualTo(3);
        assertThat(ProtoWriter.zigzag(Long.MAX_VALUE)).isEqualTo(-2L);
        assertThat(hex(new ProtoWriter().sint64(2, -3))).isEqualTo("1005");
    }

    @Test
    @DisplayName("proto3 defaults are omitted, optional fields are written when present")
    void presence() {
        assertThat(new ProtoWriter().string(1, "").int64(2, 0).int32(3, 0).bool(4, false).size()).isZero();
        assertThat(hex(new ProtoWriter().optionalString(12, ""))).isEqualTo("6200");
        assertThat(hex(new ProtoWriter().optionalInt64(6, 0L))).isEqualTo("3000");
        assertThat(hex(new ProtoWriter().string(1, "BTCUSDT"))).isEqualTo("0a07425443555344" + "54");
        assertThat(hex(new ProtoWriter().bool(9, true))).isEqualTo("4801");
    }

    @Test
    @DisplayName("oneof body keys match the notes: 313 CA13, 314 D213, 315 DA13, 303 FA12, 304 8213, 307 9A13")
    void bodyKeys() {
        assertThat(hex(new ProtoWriter().tag(313, 2))).isEqualTo("ca13");
        assertThat(hex(new ProtoWriter().tag(314, 2))).isEqualTo("d213");
        assertThat(hex(new ProtoWriter().tag(315, 2))).isEqualTo("da13");
        assertThat(hex(new ProtoWriter().tag(303, 2))).isEqualTo("fa12");
        assertThat(hex(new ProtoWriter().tag(304, 2))).isEqualTo("8213");
        assertThat(hex(new ProtoWriter().tag(307, 2))).isEqualTo("9a13");
    }

    @Test
    @DisplayName("aggregated deals push is byte-exact")
    void aggreDeals() {
        byte[] frame = SpotPushWrapper.market("spot@public.aggre.deals.v3.api.pb@100ms@BTCUSDT", "BTCUSDT",
                1736417034332L).encode(new SpotPublicBodies.AggreDeals(List.of(new SpotPublicBodies.AggreDeal(
                "93220.00", "0.04438243", 2, 1736417034280L, "")), "spot@public.aggre.deals.v3.api.pb@100ms"));
        assertThat(HEX.formatHex(frame)).isEqualTo("0a2f73706f74407075626c69632e61676772652e6465616c732e76332e"
                + "6170692e7062403130306d7340425443555344541a074254435553445430dc8095d4c432d2134a0a1f0a0839333232"
                + "302e3030120a302e3034343338323433180220a88095d4c432122773706f74407075626c69632e61676772652e6465"
                + "616c732e76332e6170692e7062403130306d73");
    }

    @Test
    @DisplayName("aggregated depth push with fromVersion/toVersion strings is byte-exact")
    void aggreDepths() {
        byte[] frame = SpotPushWrapper.market("spot@public.aggre.depth.v3.api.pb@100ms@BTCUSDT", "BTCUSDT",
                1736411507002L).encode(new SpotPublicBodies.AggreDepths(
                List.of(new SpotPublicBodies.Level("92877.58", "0.00000000")),
                List.of(new SpotPublicBodies.Level("92876.01", "0.35000000")),
                "spot@public.aggre.depth.v3.api.pb@100ms", "10589632359", "10589632360", 0));
        assertThat(HEX.formatHex(frame)).isEqualTo("0a2f73706f74407075626c69632e61676772652e64657074682e76332e"
                + "6170692e7062403130306d7340425443555344541a074254435553445430bad2c3d1c432ca13730a160a0839323837"
                + "372e3538120a302e303030303030303012160a0839323837362e3031120a302e33353030303030301a2773706f7440"
                + "7075626c69632e61676772652e64657074682e76332e6170692e7062403130306d73220b31303538393633323335"
                + "392a0b3130353839363332333630");
    }

    @Test
    @DisplayName("private account push (createTime + sendTime, no symbol) is byte-exact")
    void privateAccount() {
        byte[] frame = new SpotPushWrapper("spot@private.account.v3.api.pb", null, null, 1736417034281L,
                1736417034290L).encode(new SpotPrivateBodies.Account("USDT", "", "990.5", "-9.5", "9.5", "9.5",
                "ENTRUST_PLACE", 1736417034281L));
        assertThat(HEX.formatHex(frame)).isEqualTo("0a1e73706f7440707269766174652e6163636f756e742e76332e617069"
                + "2e706228a98095d4c43230b28095d4c4329a13330a04555344541a053939302e3522042d392e352a03392e3532033"
                + "92e353a0d454e54525553545f504c41434540a98095d4c432");
    }

    @Test
    @DisplayName("private order push with an empty optional lastDealQuantity is byte-exact")
    void privateOrder() {
        byte[] frame = new SpotPushWrapper("spot@private.orders.v3.api.pb", "BTCUSDT", null, null, 1736417034290L)
                .encode(new SpotPrivateBodies.Order("C02__1", "", "100", "2", "0", "0", 1, 1, false, "200", "2", "",
                        "0", "0", 1, 1736417034281L));
        assertThat(HEX.formatHex(frame)).isEqualTo("0a1d73706f7440707269766174652e6f72646572732e76332e6170692e"
                + "70621a074254435553445430b28095d4c4328213340a064330325f5f311a033130302201322a013032013038014001"
                + "52033230305a013262006a013072013078018001a98095d4c432");
    }

    @Test
    @DisplayName("an independent decoder reads the fields back by number")
    void roundTrip() {
        byte[] frame = SpotPushWrapper.market("c", "ETHUSDT", 5L).encode(new SpotPublicBodies.AggreBookTicker(
                "1.1", "2", "1.2", "3", "77", 9L));
        ProtoReader wrapper = ProtoReader.parse(frame);
        assertThat(wrapper.string(1)).isEqualTo("c");
        assertThat(wrapper.string(3)).isEqualTo("ETHUSDT");
        assertThat(wrapper.varint(6)).isEqualTo(5L);
        assertThat(wrapper.bodyField()).isEqualTo(315);
        ProtoReader body = wrapper.message(315);
        assertThat(List.of(body.string(1), body.string(2), body.string(3), body.string(4), body.string(5)))
                .containsExactly("1.1", "2", "1.2", "3", "77");
        assertThat(body.varint(6)).isEqualTo(9L);
    }
}
