package com.portfolioreview.ingest.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of an export's header line, by normalised name (SPEC §1.2): case-insensitive,
 * trimmed, and every run of spaces, hyphens and underscores counts as one underscore
 * ({@code "Initiative - ID"} is {@code initiative_id}). Extra columns are ignored.
 */
public final class HeaderNames {

    private final Map<String, Integer> index = new HashMap<>();
    private final Set<String> repeated = new LinkedHashSet<>();

    private HeaderNames(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
    }

    public static HeaderNames of(List<String> header) {
        return new HeaderNames(header);
    }

    public static String normalise(String headerName) {
        String s = AmountParser.strip(headerName.replace("\uFEFF", "")).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean inSeparator = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_' || AmountParser.isBlankChar(c)) {
                if (!inSeparator) {
                    out.append('_');
                }
                inSeparator = true;
            } else {
                out.append(c);
                inSeparator = false;
            }
        }
        return out.toString();
    }

    /** Column index of a normalised name, or -1 when the export does not have it. */
    public int indexOf(String column) {
        return index.getOrDefault(column, -1);
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** Required columns the header lacks, in the given order. */
    public List<String> missing(List<String> required) {
        List<String> out = new ArrayList<>();
        for (String c : required) {
            if (!has(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Of the given columns, those that appear more than once (which one to read would be a guess). */
    public List<String> repeated(List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            if (repeated.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
