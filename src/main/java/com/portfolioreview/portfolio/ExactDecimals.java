package com.portfolioreview.portfolio;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable column of exact decimals kept compactly: an unscaled {@code long} and a scale per
 * value, so that millions of figures cost 9 bytes each instead of a {@link BigDecimal} object;
 * the rare value that does not fit (more than 18 digits, odd scale) is kept as a BigDecimal.
 * Values come back exactly as stored, scale included ({@code 1.50} stays {@code 1.50}).
 */
final class ExactDecimals {

    private long[] unscaled = new long[16];
    private byte[] scale = new byte[16];
    private Map<Integer, BigDecimal> large;
    private int size;

    int size() {
        return size;
    }

    /** Appends a value; returns its index. */
    int add(BigDecimal value) {
        if (size == unscaled.length) {
            unscaled = Arrays.copyOf(unscaled, size * 2);
            scale = Arrays.copyOf(scale, size * 2);
        }
        set(size, value);
        return size++;
    }

    BigDecimal get(int i) {
        if (scale[i] == Byte.MIN_VALUE) {
            return large.get(i);
        }
        return BigDecimal.valueOf(unscaled[i], scale[i]);
    }

    void set(int i, BigDecimal value) {
        int s = value.scale();
        if (s >= 0 && s <= Byte.MAX_VALUE && value.precision() <= 18) {
            unscaled[i] = value.movePointRight(s).longValueExact();
            scale[i] = (byte) s;
            if (large != null) {
                large.remove(i);
            }
        } else {
            if (large == null) {
                large = new HashMap<>();
            }
            large.put(i, value);
            scale[i] = Byte.MIN_VALUE;
        }
    }

    void plus(int i, BigDecimal value) {
        set(i, get(i).add(value));
    }

    void write(ObjectOutputStream out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeByte(scale[i]);
            if (scale[i] == Byte.MIN_VALUE) {
                out.writeObject(large.get(i));
            } else {
                out.writeLong(unscaled[i]);
            }
        }
    }

    static ExactDecimals read(ObjectInputStream in) throws IOException, ClassNotFoundException {
        ExactDecimals d = new ExactDecimals();
        int n = in.readInt();
        d.unscaled = new long[Math.max(16, n)];
        d.scale = new byte[Math.max(16, n)];
        for (int i = 0; i < n; i++) {
            byte s = in.readByte();
            d.scale[i] = s;
            if (s == Byte.MIN_VALUE) {
                if (d.large == null) {
                    d.large = new HashMap<>();
                }
                d.large.put(i, (BigDecimal) in.readObject());
            } else {
                d.unscaled[i] = in.readLong();
            }
        }
        d.size = n;
        return d;
    }
}
