package cn.lifeinfo.compliance.common;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array for the binary forms written once per record (a chunk's parsed records, policy keys):
 * ByteArrayOutputStream would lock on every byte.
 */
public class ByteOut {

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.BIG_ENDIAN);

    protected byte[] buf;
    protected int size;

    public ByteOut(int capacity) {
        buf = new byte[capacity];
    }

    public final void put(byte b) {
        ensure(1);
        buf[size++] = b;
    }

    public final void putInt(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    public final void putLong(long v) {
        ensure(8);
        EIGHT_BYTES.set(buf, size, v);
        size += 8;
    }

    /** The string's UTF-8 bytes after their length. */
    public final void putUtf8(String s) {
        byte[] utf = s.getBytes(StandardCharsets.UTF_8);
        putInt(utf.length);
        ensure(utf.length);
        System.arraycopy(utf, 0, buf, size, utf.length);
        size += utf.length;
    }

    public final void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** What was written: the array itself when it was sized exactly, else a copy. */
    public final byte[] bytes() {
        return size == buf.length ? buf : Arrays.copyOf(buf, size);
    }
}
