package com.portfolioreview.report;

import org.apache.commons.codec.digest.DigestUtils;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code <bu>} part of a business unit's workbook name (SPEC §3): lower-case, accents
 * dropped, every run of non-alphanumerics turned into one {@code -}, no leading or trailing
 * {@code -}, at most {@value #MAX_LENGTH} characters. "Infrastructure & Cloud" →
 * {@code infrastructure-cloud}. A name that had to be cut, or that is left empty, ends with
 * {@code -} and 8 hex digits of the unit's SHA-256, so that two units never share a file and
 * the name fits every file system whatever the register says.
 */
public final class BusinessUnitFileName {

    public static final int MAX_LENGTH = 60;
    private static final int HASH_DIGITS = 8;

    private BusinessUnitFileName() {
    }

    /**
     * Business unit → file-name part, unique even when two units differ only in punctuation or
     * case: a unit whose name another unit took gets the name with its hash (SPEC §3).
     */
    public static Map<String, String> forUnits(Collection<String> businessUnits) {
        Set<String> units = new TreeSet<>(businessUnits);
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String unit : units) {
            String name = of(unit);
            if (!taken.add(name)) {
                name = hashed(unit);
                if (!taken.add(name)) {
                    throw new IllegalStateException("business units " + unit + " and another have the same file name " + name);
                }
            }
            names.put(unit, name);
        }
        return names;
    }

    public static String of(String businessUnit) {
        String slug = slug(businessUnit);
        return slug.isEmpty() || slug.length() > MAX_LENGTH ? hashed(businessUnit) : slug;
    }

    /**
     * The name with the hash suffix even when the plain one would fit: for a unit whose plain
     * name another unit already has ("Service Desk", "Service-Desk").
     */
    public static String hashed(String businessUnit) {
        String slug = slug(businessUnit);
        String kept = slug.substring(0, Math.min(slug.length(), MAX_LENGTH - 1 - HASH_DIGITS)).replaceAll("-+$", "");
        return kept + "-" + DigestUtils.sha256Hex(businessUnit).substring(0, HASH_DIGITS);
    }

    private static String slug(String businessUnit) {
        String ascii = Normalizer.normalize(businessUnit, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
