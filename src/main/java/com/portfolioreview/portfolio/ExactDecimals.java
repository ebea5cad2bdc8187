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
public final class ExactDecimals implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private long[] unscaled = new long[16];
    private byte[] scale = new byte[16];
    private Map<Integer, BigDecimal> large;
    private int size;

    public int size() {
        return size;
    }

    /** Appends a value; returns its index. */
    public int add(BigDecimal value) {
        if (size == unscaled.length) {
            unscaled = Arrays.copyOf(unscaled, Math.max(16, size * 2));
            scale = Arrays.copyOf(scale, Math.max(16, size * 2));
        }
        set(size, value);
        return size++;
    }

    public BigDecimal get(int i) {
        if (scale[i] == Byte.MIN_VALUE) {
            return large.get(i);
        }
        return BigDecimal.valueOf(unscaled[i], scale[i]);
    }

    public void set(int i, BigDecimal value) {
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

    /** Appends {@code unscaled × 10^-scale} (0 ≤ scale ≤ 127) without making a BigDecimal; returns its index. */
    public int add(long unscaledValue, int valueScale) {
        if (size == unscaled.length) {
            unscaled = Arrays.copyOf(unscaled, Math.max(16, size * 2));
            scale = Arrays.copyOf(scale, Math.max(16, size * 2));
        }
        set(size, unscaledValue, valueScale);
        return size++;
    }

    /** Sets {@code unscaled × 10^-scale} (0 ≤ scale ≤ 127). */
    public void set(int i, long unscaledValue, int valueScale) {
        if (valueScale < 0 || valueScale > Byte.MAX_VALUE) {
            set(i, BigDecimal.valueOf(unscaledValue, valueScale));
            return;
        }
        unscaled[i] = unscaledValue;
        scale[i] = (byte) valueScale;
        if (large != null) {
            large.remove(i);
        }
    }

    /** Whether value {@code i} equals {@code unscaled × 10^-scale} as a number (28.9 equals 28.90). */
    public boolean sameValue(int i, long unscaledValue, int valueScale) {
        if (scale[i] == valueScale) {
            return unscaled[i] == unscaledValue;
        }
        return get(i).compareTo(BigDecimal.valueOf(unscaledValue, valueScale)) == 0;
    }

    /** Whether value {@code i} equals value {@code from} of another column as a number. */
    public boolean sameValue(int i, ExactDecimals other, int from) {
        if (scale[i] != Byte.MIN_VALUE && scale[i] == other.scale[from]) {
            return unscaled[i] == other.unscaled[from];
        }
        return get(i).compareTo(other.get(from)) == 0;
    }

    /** Copies value {@code from} of another column into index {@code i} of this one. */
    public void set(int i, ExactDecimals other, int from) {
        if (other.scale[from] == Byte.MIN_VALUE) {
            set(i, other.large.get(from));
        } else {
            set(i, other.unscaled[from], other.scale[from]);
        }
    }

    /** Appends value {@code from} of another column; returns its index. */
    public int add(ExactDecimals other, int from) {
        if (other.scale[from] == Byte.MIN_VALUE) {
            return add(other.large.get(from));
        }
        return add(other.unscaled[from], other.scale[from]);
    }

    void plus(int i, BigDecimal value) {
        set(i, get(i).add(value));
    }

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
        100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

    /**
     * Adds {@code unscaled × 10^-scale} (0 ≤ scale ≤ 127) to value {@code i}: the sum
     * {@link BigDecimal#add} would give, scale included (the larger of the two), in long
     * arithmetic when it fits and through BigDecimal when it does not.
     */
    public void plus(int i, long unscaledValue, int valueScale) {
        if (scale[i] != Byte.MIN_VALUE && valueScale >= 0 && valueScale <= Byte.MAX_VALUE) {
            int s = Math.max(scale[i], valueScale);
            int up = s - scale[i];
            int upValue = s - valueScale;
            if (up < POWERS_OF_TEN.length && upValue < POWERS_OF_TEN.length) {
                try {
                    long sum = Math.addExact(Math.multiplyExact(unscaled[i], POWERS_OF_TEN[up]),
                            Math.multiplyExact(unscaledValue, POWERS_OF_TEN[upValue]));
                    unscaled[i] = sum;
                    scale[i] = (byte) s;
                    return;
                } catch (ArithmeticException e) {
                    // beyond a long: exactly, through BigDecimal below
                }
            }
        }
        plus(i, BigDecimal.valueOf(unscaledValue, valueScale));
    }

    /** Saved (as a field of another object) with its columns cut to the values it holds. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        unscaled = Arrays.copyOf(unscaled, size);
        scale = Arrays.copyOf(scale, size);
        out.defaultWriteObject();
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
