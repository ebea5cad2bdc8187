package com.portfolioreview.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which initiatives a cloud charge row belongs to, by its tags (SPEC §1.4): the rules of
 * {@code cloud_allocation.csv} in file order, the first (tag, value) among the row's tags deciding
 * and every rule of that (tag, value) taking its share; or, without the file, the tag
 * {@code review.cloud.initiative-tag} whose value is a register id taking the whole row.
 */
final class CloudAllocation {

    /** One initiative's part of a row's cost. */
    record Share(String initiativeId, BigDecimal share) {
    }

    private static final BigDecimal WHOLE = BigDecimal.ONE;

    /** tag key → value → (file order, shares); null when allocating by the initiative tag. */
    private final Map<String, Map<String, Rule>> rules;
    private final String initiativeTag;
    private final PortfolioRegister register;

    /** The shares of one (tag, value), and its place in the file: the first in file order decides. */
    record Rule(int order, List<Share> shares) {
    }

    private CloudAllocation(Map<String, Map<String, Rule>> rules, String initiativeTag, PortfolioRegister register) {
        this.rules = rules;
        this.initiativeTag = initiativeTag;
        this.register = register;
    }

    /** Without cloud_allocation.csv: the tag's value, when it is a register id, takes the whole row. */
    static CloudAllocation byTag(String initiativeTag, PortfolioRegister register) {
        return new CloudAllocation(null, CloudTags.key(initiativeTag), register);
    }

    /** Collects the rules of cloud_allocation.csv in file order. */
    static final class Builder {
        private final Map<String, Map<String, Rule>> rules = new LinkedHashMap<>();
        private final Map<List<String>, BigDecimal> totals = new HashMap<>();
        private int order;

        /** Adds a rule; returns the total share of its (tag, value) so far. */
        BigDecimal add(String tag, String value, String initiativeId, BigDecimal share) {
            String key = CloudTags.key(tag);
            String v = value.strip();
            Rule rule = rules.computeIfAbsent(key, k -> new HashMap<>())
                    .computeIfAbsent(v, x -> new Rule(order++, new ArrayList<>()));
            rule.shares().add(new Share(initiativeId, share));
            return totals.merge(List.of(key, v), share, BigDecimal::add);
        }

        CloudAllocation build() {
            return new CloudAllocation(rules, null, null);
        }
    }

    /** The shares of a row with these tags ({@linkplain CloudTags#key keys} as compared); empty: unallocated. */
    List<Share> sharesOf(Map<String, String> tags) {
        if (rules == null) {
            String value = tags.get(initiativeTag);
            if (value == null || value.isEmpty()) {
                return List.of();
            }
            return register.has(value) ? List.of(new Share(value, WHOLE)) : List.of();
        }
        Rule first = null;
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            first = earlier(first, rule(tag.getKey(), tag.getValue()));
        }
        return first == null ? List.of() : first.shares();
    }

    /** The tag key ({@linkplain CloudTags#key as compared}) whose value is the initiative; null when rules decide. */
    String initiativeTag() {
        return initiativeTag;
    }

    /** The rule of one tag (key {@linkplain CloudTags#key as compared}, value trimmed), or null. Only when rules decide. */
    Rule rule(String key, String value) {
        Map<String, Rule> byValue = rules.get(key);
        return byValue == null ? null : byValue.get(value);
    }

    /** Whichever of two rules (either may be null) comes first in the file. */
    static Rule earlier(Rule a, Rule b) {
        return b != null && (a == null || b.order() < a.order()) ? b : a;
    }
}
