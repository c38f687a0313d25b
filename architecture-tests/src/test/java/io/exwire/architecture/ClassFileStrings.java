package io.exwire.architecture;

import com.tngtech.archunit.core.domain.JavaClass;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * The text constants of a class file: every {@code CONSTANT_Utf8} entry of its constant pool, i.e. string literals
 * and constant values, concatenation recipes, and the names of the classes, members and descriptors it declares or
 * references. ArchUnit does not expose constant values, so rules that must see string constants read them here.
 */
final class ClassFileStrings {

    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileStrings() {
    }

    /**
     * @param javaClass an imported class
     * @return its constant pool's text entries, in pool order
     */
    static List<String> of(JavaClass javaClass) {
        var uri = javaClass.getSource().orElseThrow(
                () -> new IllegalStateException("no class file known for " + javaClass.getName())).getUri();
        try {
            URLConnection connection = uri.toURL().openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                return parse(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + uri, e);
        }
    }

    /**
     * @param classFile the bytes of a class file
     * @return its constant pool's text entries
     * @throws IOException if the bytes are not a class file
     */
    static List<String> parse(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.add(in.readUTF()); // Utf8: u2 length + modified UTF-8, exactly DataInput's format
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2); // Class, String, MethodType, Module, Package
                case 15 -> in.skipNBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
                case 5, 6 -> { // Long, Double take two slots
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        return texts;
    }
}
