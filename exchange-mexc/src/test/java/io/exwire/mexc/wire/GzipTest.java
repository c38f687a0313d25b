package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class GzipTest {

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void inflatesGzipFrames() throws IOException {
        ByteBuffer frame = ByteBuffer.wrap(gzip("{\"channel\":\"pong\",\"data\":1}"));
        assertThat(Gzip.isGzip(frame)).isTrue();
        assertThat(Gzip.inflate(frame, 1024)).isEqualTo("{\"channel\":\"pong\",\"data\":1}");
    }

    @Test
    void refusesNonGzipOversizedAndCorrupt() throws IOException {
        assertThat(Gzip.isGzip(ByteBuffer.wrap(new byte[]{'{', '}'}))).isFalse();
        ByteBuffer big = ByteBuffer.wrap(gzip("x".repeat(5000)));
        assertThatThrownBy(() -> Gzip.inflate(big, 100)).isInstanceOf(ProtocolException.class);
        byte[] corrupt = gzip("hello");
        corrupt[12] ^= 0x55;
        assertThatThrownBy(() -> Gzip.inflate(ByteBuffer.wrap(corrupt), 100)).isInstanceOf(ProtocolException.class);
    }
}
