package se.bilaga1.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * A zip written byte by byte (local headers, central directory, end record), so that it can hold what
 * java.util.zip refuses to write: two entries of one name, sizes that lie.
 */
public final class RawZip {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
    private final List<String> names = new ArrayList<>();

    public RawZip deflated(String name, byte[] content) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(content);
        return raw(name, ZipEntry.DEFLATED, crc.getValue(), out.toByteArray(), content.length);
    }

    /** One entry: its compressed bytes as given, and {@code declaredSize} as its inflated size in both headers. */
    public RawZip raw(String name, int method, long crc, byte[] compressed, long declaredSize) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int offset = body.size();
        ByteBuffer local = le(30 + n.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800)
                .putShort((short) method).putShort((short) 0).putShort((short) 0x5A21).putInt((int) crc)
                .putInt(compressed.length).putInt((int) declaredSize).putShort((short) n.length).putShort((short) 0)
                .put(n);
        body.writeBytes(local.array());
        body.writeBytes(compressed);
        ByteBuffer central = le(46 + n.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                .putShort((short) 0x0800).putShort((short) method).putShort((short) 0).putShort((short) 0x5A21)
                .putInt((int) crc).putInt(compressed.length).putInt((int) declaredSize).putShort((short) n.length)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                .putInt(offset).put(n);
        directory.writeBytes(central.array());
        names.add(name);
        return this;
    }

    public byte[] bytes() {
        int count = Math.min(names.size(), 0xFFFF);
        ByteBuffer end = le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                .putShort((short) count).putInt(directory.size()).putInt(body.size()).putShort((short) 0);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(directory.toByteArray());
        all.writeBytes(end.array());
        return all.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
