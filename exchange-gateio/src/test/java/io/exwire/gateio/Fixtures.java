package io.exwire.gateio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads one frame of a fixture file: each file under {@code fixtures/} is named after the venue channel and holds
 * an object whose fields are named cases; the case's value is returned as its exact text.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * @param file e.g. {@code spot.trades.json}
     * @param name the case
     * @return the frame text exactly as written in the file
     */
    public static String frame(String file, String name) {
        String text = read(file);
        try (JsonParser p = new JsonFactory().createParser(text)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                int start = (int) p.currentTokenLocation().getCharOffset();
                p.skipChildren();
                int end = (int) p.currentLocation().getCharOffset();
                if (field.equals(name)) {
                    return text.substring(start, end);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no case " + name + " in " + file);
    }

    /**
     * @param file a fixture file
     * @return its text
     */
    public static String read(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
