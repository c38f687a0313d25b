package io.exwire.core.trading;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class HmacSignerTest {

    /** RFC 4231, test case 2. */
    private static final String RFC4231_KEY = "Jefe";
    private static final String RFC4231_DATA = "what do ya want for nothing?";

    @Test
    @DisplayName("HMAC-SHA256 matches RFC 4231 test case 2, as 64 lower-case hex digits")
    void sha256KnownVector() {
        HmacSigner signer = new HmacSigner(HmacSigner.Algorithm.SHA256, RFC4231_KEY);

        assertThat(signer.signHex(RFC4231_DATA))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    @DisplayName("HMAC-SHA512 matches RFC 4231 test case 2, as 128 lower-case hex digits")
    void sha512KnownVector() {
        HmacSigner signer = new HmacSigner(HmacSigner.Algorithm.SHA512, RFC4231_KEY);

        assertThat(signer.signHex(RFC4231_DATA)).isEqualTo("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                + "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    }

    @Test
    @DisplayName("sign returns the raw MAC whose hex is signHex of the same payload")
    void rawSignatureIsTheHexOnesBytes() {
        HmacSigner signer = new HmacSigner(HmacSigner.Algorithm.SHA512, RFC4231_KEY);

        byte[] raw = signer.sign(RFC4231_DATA.getBytes(StandardCharsets.UTF_8));

        assertThat(raw).hasSize(64);
        assertThat(HmacSigner.hex(raw)).isEqualTo(signer.signHex(RFC4231_DATA));
    }

    @Test
    @DisplayName("secret and payload are signed as UTF-8 bytes (multi-byte characters)")
    void utf8SecretAndPayload() {
        HmacSigner signer = new HmacSigner(HmacSigner.Algorithm.SHA256, "cl\u00e9");

        assertThat(signer.signHex("\u20ac"))
                .isEqualTo("54590cd77e0c862fcf232ec2e49fd7c7800bad339c8e0ac6d384722882db1446");
    }

    @Test
    @DisplayName("each signature starts from the key alone: repeated and concurrent calls give the same result")
    void signaturesDoNotShareState() throws Exception {
        HmacSigner signer = new HmacSigner(HmacSigner.Algorithm.SHA256, RFC4231_KEY);
        String expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        assertThat(signer.signHex("other payload")).isNotEqualTo(expected);
        assertThat(signer.signHex(RFC4231_DATA)).as("after another payload").isEqualTo(expected);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = IntStream.range(0, 400)
                    .mapToObj(i -> (Callable<String>) () -> signer.signHex(RFC4231_DATA)).toList();
            for (Future<String> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("an empty secret is refused when the signer is built, not at the first signature")
    void emptySecretRefused() {
        assertThatThrownBy(() -> new HmacSigner(HmacSigner.Algorithm.SHA256, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("sha512Hex is the SHA-512 digest of the UTF-8 bytes: FIPS 180-2 vectors for \"\" and \"abc\"")
    void sha512KnownVectors() {
        assertThat(HmacSigner.sha512Hex("")).isEqualTo("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
        assertThat(HmacSigner.sha512Hex("abc")).isEqualTo("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
        assertThat(HmacSigner.sha512Hex("\u20ac")).isEqualTo("1b6cc657469e2cb8772227e50df0e7300a23ac0359e2dc0c2163c3dd5c8480e8"
                + "d6193b6c54678263f2ff7a54cb905cc49c42cdecb544b6647be470c1e2d14b4d");
    }

    @Test
    @DisplayName("hex writes two lower-case digits per byte, high nibble first, sign bit included")
    void hexEncoding() {
        assertThat(HmacSigner.hex(new byte[0])).isEmpty();
        assertThat(HmacSigner.hex(new byte[]{0x00, 0x0f, 0x10, 0x7f, (byte) 0x80, (byte) 0xab, (byte) 0xff}))
                .isEqualTo("000f107f80abff");
    }

    @Test
    @DisplayName("toString names the algorithm and never shows the secret")
    void toStringRedactsTheSecret() {
        String secret = "s3cr3t-api-secret";

        assertThat(new HmacSigner(HmacSigner.Algorithm.SHA512, secret).toString())
                .isEqualTo("HmacSigner[HmacSHA512, secret=REDACTED]").doesNotContain(secret);
        assertThat(new HmacSigner(HmacSigner.Algorithm.SHA256, secret).toString())
                .isEqualTo("HmacSigner[HmacSHA256, secret=REDACTED]");
    }

    @Test
    @DisplayName("a checked JCA failure (a runtime lacking a standard algorithm) surfaces as IllegalStateException with its cause")
    void jcaFailureIsReportedUnchecked() {
        NoSuchAlgorithmException missing = new NoSuchAlgorithmException("no HmacSHA512 provider");
        CloneNotSupportedException uncloneable = new CloneNotSupportedException("Mac");

        assertThatThrownBy(() -> HmacSigner.jca("HMAC SHA512", () -> {
            throw missing;
        })).isInstanceOf(IllegalStateException.class).hasMessage("HMAC SHA512 unavailable").hasCause(missing);
        assertThatThrownBy(() -> HmacSigner.jca("a cloneable HMAC", () -> {
            throw uncloneable;
        })).isInstanceOf(IllegalStateException.class).hasMessage("a cloneable HMAC unavailable").hasCause(uncloneable);
        assertThat(HmacSigner.jca("a value", () -> "ok")).isEqualTo("ok");
    }
}
