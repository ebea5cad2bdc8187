package com.portfolioreview.report;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The {@code <bu>} part of a business unit's workbook name (SPEC §3): lower-case, accents
 * dropped, every run of non-alphanumerics turned into one {@code -}, no leading or trailing
 * {@code -}. "Infrastructure & Cloud" → {@code infrastructure-cloud}.
 */
public final class BusinessUnitFileName {

    private BusinessUnitFileName() {
    }

    public static String of(String businessUnit) {
        String ascii = Normalizer.normalize(businessUnit, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
