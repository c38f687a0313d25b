package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * MEXC futures answers {@code "gzip": false} subscriptions with plain text, but a binary frame that starts with the
 * gzip magic {@code 1f 8b} is still accepted defensively (pitfall #9 of the protocol notes). Rare path; allocates.
 */
public final class Gzip {

    private Gzip() {
    }

    /**
     * @param frame a binary frame
     * @return whether it starts with the gzip magic bytes
     */
    public static boolean isGzip(ByteBuffer frame) {
        int p = frame.position();
        return frame.remaining() >= 2 && (frame.get(p) & 0xFF) == 0x1F && (frame.get(p + 1) & 0xFF) == 0x8B;
    }

    /**
     * @param frame a gzip-compressed frame
     * @param maxBytes the largest accepted inflated size
     * @return the inflated UTF-8 text
     * @throws ProtocolException if the frame is not valid gzip or inflates beyond {@code maxBytes}
     */
    public static String inflate(ByteBuffer frame, int maxBytes) {
        byte[] compressed = new byte[frame.remaining()];
        frame.get(frame.position(), compressed);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] out = in.readNBytes(maxBytes + 1);
            if (out.length > maxBytes) {
                throw new ProtocolException("gzip frame inflates beyond " + maxBytes + " bytes");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProtocolException("malformed gzip frame", e);
        }
    }
}
