package com.portfolioreview.report.workbook;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the template's money number format (written for the template's currency, e.g.
 * {@code "$"#,##0.00_);[Red]("$"#,##0.00)} for USD) into the same format for the reporting
 * currency.
 *
 * <p>When the reporting currency is the template's own, the pattern is used unchanged, so
 * whatever the template shows is what the workbook shows. Otherwise every currency token of
 * the pattern — a bracketed currency {@code [$$-409]}, {@code [$€-407]}, a quoted literal
 * holding a currency sign or the template's code ({@code "$"}, {@code "USD "}), or a bare
 * {@code $ € £ ¥} — is replaced by the reporting currency's ISO code and a space, quoted
 * ({@code "EUR "#,##0.00}): an ISO code is never ambiguous, unlike {@code $} or {@code kr}.
 * A pattern without any currency token gets the code as a prefix of each section.
 */
final class CurrencyFormat {

    private static final Pattern BRACKETED = Pattern.compile("\\[\\$([^\\]\\-]+)(-[0-9A-Fa-f]+)?\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern BARE_SIGN = Pattern.compile("\\\\?[$€£¥]");

    private CurrencyFormat() {
    }

    static String forCurrency(String templatePattern, String templateCurrency, String reportingCurrency) {
        String code = reportingCurrency.trim().toUpperCase(Locale.ROOT);
        if (code.equalsIgnoreCase(templateCurrency.trim())) {
            return templatePattern;
        }
        String literal = Matcher.quoteReplacement("\"" + code + " \"");
        String templateCode = templateCurrency.trim().toUpperCase(Locale.ROOT);
        boolean[] replaced = {false};

        StringBuilder out = new StringBuilder();
        Matcher quoted = QUOTED.matcher(templatePattern);
        int last = 0;
        while (quoted.find()) {
            out.append(replaceOutsideQuotes(templatePattern.substring(last, quoted.start()), literal, replaced));
            String content = quoted.group(1);
            if (isCurrencyText(content, templateCode)) {
                out.append('"').append(code).append(' ').append('"');
                replaced[0] = true;
            } else {
                out.append(quoted.group());
            }
            last = quoted.end();
        }
        out.append(replaceOutsideQuotes(templatePattern.substring(last), literal, replaced));
        if (replaced[0]) {
            return out.toString();
        }
        StringBuilder prefixed = new StringBuilder();
        for (String section : templatePattern.split(";", -1)) {
            if (!prefixed.isEmpty()) {
                prefixed.append(';');
            }
            prefixed.append(prefixAfterColour(section, "\"" + code + " \""));
        }
        return prefixed.toString();
    }

    private static boolean isCurrencyText(String content, String templateCode) {
        String t = content.trim();
        return t.matches(".*[$€£¥].*") || (!templateCode.isEmpty() && t.toUpperCase(Locale.ROOT).equals(templateCode));
    }

    private static String replaceOutsideQuotes(String part, String literal, boolean[] replaced) {
        Matcher bracketed = BRACKETED.matcher(part);
        StringBuilder sb = new StringBuilder();
        while (bracketed.find()) {
            replaced[0] = true;
            bracketed.appendReplacement(sb, literal);
        }
        bracketed.appendTail(sb);
        // bare signs outside brackets: protect remaining [...] blocks (colours, conditions, locales)
        StringBuilder result = new StringBuilder();
        int depth = 0;
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '[') {
                result.append(replaceBare(plain.toString(), literal, replaced));
                plain.setLength(0);
                depth++;
            }
            if (depth > 0) {
                result.append(c);
            } else {
                plain.append(c);
            }
            if (c == ']' && depth > 0) {
                depth--;
            }
        }
        result.append(replaceBare(plain.toString(), literal, replaced));
        return result.toString();
    }

    private static String replaceBare(String text, String literal, boolean[] replaced) {
        Matcher m = BARE_SIGN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            replaced[0] = true;
            m.appendReplacement(sb, literal);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String prefixAfterColour(String section, String prefix) {
        int i = 0;
        while (i < section.length() && section.charAt(i) == '[') {
            int close = section.indexOf(']', i);
            if (close < 0) {
                break;
            }
            i = close + 1;
        }
        return section.substring(0, i) + prefix + section.substring(i);
    }
}
