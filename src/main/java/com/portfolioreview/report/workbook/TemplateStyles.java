package com.portfolioreview.report.workbook;

import com.portfolioreview.decision.Decision;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The named cell styles of the template's hidden {@value #SHEET} sheet: column A holds a
 * style name, column B a sample cell carrying the style (font, fill, border, number format).
 * The writer uses those styles as they are, so editing a sample cell in Excel or LibreOffice
 * changes every later workbook. Row {@value #MONEY_CURRENCY} holds, as text, the ISO code of
 * the currency the {@code money} sample's format is written for.
 */
final class TemplateStyles {

    static final String SHEET = "Styles";
    static final String MONEY_CURRENCY = "money currency";
    /** Optional: the look of a recomputed decision; italic grey text without it. */
    static final String RECOMPUTED = "recomputed";
    static final List<String> REQUIRED = List.of("title", "header", "text", "integer", "decimal", "money",
            "percent", "date", "decision CONTINUE", "decision RECALIBRATE", "decision CANCEL", "decision NOT_STARTED");

    private final Map<String, XSSFCellStyle> named;
    private final XSSFCellStyle money;
    private final XSSFCellStyle wrappedText;
    private final XSSFCellStyle identifier;
    /** The named styles asked for on every cell, looked up once. */
    private final XSSFCellStyle header;
    private final XSSFCellStyle text;
    private final XSSFCellStyle integer;
    private final XSSFCellStyle decimal;
    private final XSSFCellStyle percent;
    private final XSSFCellStyle date;
    private final Map<Decision, XSSFCellStyle> decisions = new EnumMap<>(Decision.class);

    private TemplateStyles(Map<String, XSSFCellStyle> named, XSSFCellStyle money, XSSFCellStyle wrappedText,
                           XSSFCellStyle identifier) {
        this.named = named;
        this.money = money;
        this.wrappedText = wrappedText;
        this.identifier = identifier;
        this.header = named.get("header");
        this.text = named.get("text");
        this.integer = named.get("integer");
        this.decimal = named.get("decimal");
        this.percent = named.get("percent");
        this.date = named.get("date");
        for (Decision d : Decision.values()) {
            decisions.put(d, named.get("decision " + d.name()));
        }
    }

    /**
     * Reads the named styles of {@code workbook} (a fresh copy of the template) and derives the
     * money style of {@code reportingCurrency} and a wrapping text style inside that workbook.
     *
     * @throws IllegalArgumentException naming what is missing
     */
    static TemplateStyles read(XSSFWorkbook workbook, String reportingCurrency) {
        XSSFSheet sheet = workbook.getSheet(SHEET);
        if (sheet == null) {
            throw new IllegalArgumentException("it has no sheet named '" + SHEET + "' holding the named cell styles");
        }
        Map<String, XSSFCellStyle> named = new HashMap<>();
        String templateCurrency = null;
        for (Row row : sheet) {
            Cell name = row.getCell(0);
            Cell sample = row.getCell(1);
            if (name == null || name.getCellType() != CellType.STRING || sample == null) {
                continue;
            }
            String key = name.getStringCellValue().trim();
            if (key.equalsIgnoreCase(MONEY_CURRENCY)) {
                templateCurrency = sample.getCellType() == CellType.STRING ? sample.getStringCellValue().trim() : null;
            } else {
                named.put(key.toLowerCase(Locale.ROOT), (XSSFCellStyle) sample.getCellStyle());
            }
        }
        Map<String, XSSFCellStyle> byName = new HashMap<>();
        for (String required : REQUIRED) {
            XSSFCellStyle style = named.get(required.toLowerCase(Locale.ROOT));
            if (style == null) {
                throw new IllegalArgumentException("sheet '" + SHEET + "' has no sample cell for style '" + required + "'");
            }
            byName.put(required, style);
        }
        if (templateCurrency == null || !templateCurrency.matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("sheet '" + SHEET + "' has no ISO currency code in row '" + MONEY_CURRENCY + "'");
        }
        XSSFCellStyle templateMoney = byName.get("money");
        XSSFCellStyle money = templateMoney;
        String pattern = CurrencyFormat.forCurrency(templateMoney.getDataFormatString(), templateCurrency,
                reportingCurrency);
        if (!pattern.equals(templateMoney.getDataFormatString())) {
            money = workbook.createCellStyle();
            money.cloneStyleFrom(templateMoney);
            money.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        }
        XSSFCellStyle wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(byName.get("text"));
        wrapped.setWrapText(true);
        // line numbers and execution ids are numbers, but "1,165" would read as an amount
        XSSFCellStyle identifier = workbook.createCellStyle();
        identifier.cloneStyleFrom(byName.get("integer"));
        identifier.setDataFormat(workbook.createDataFormat().getFormat("0"));
        // a recomputed decision (History sheet): the template's optional "recomputed" sample, else text in italic grey
        XSSFCellStyle recomputed = named.get(RECOMPUTED);
        if (recomputed == null) {
            recomputed = workbook.createCellStyle();
            recomputed.cloneStyleFrom(byName.get("text"));
            XSSFFont font = workbook.createFont();
            font.setItalic(true);
            font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            recomputed.setFont(font);
        }
        byName.put(RECOMPUTED, recomputed);
        return new TemplateStyles(byName, money, wrapped, identifier);
    }

    /** A decision recomputed from today's inputs, where no run of its month is on record. */
    XSSFCellStyle recomputed() {
        return named.get(RECOMPUTED);
    }

    XSSFCellStyle title() {
        return named.get("title");
    }

    XSSFCellStyle header() {
        return header;
    }

    XSSFCellStyle text() {
        return text;
    }

    XSSFCellStyle wrappedText() {
        return wrappedText;
    }

    XSSFCellStyle integer() {
        return integer;
    }

    /** The integer style without thousands separators: line numbers, execution ids. */
    XSSFCellStyle identifier() {
        return identifier;
    }

    XSSFCellStyle decimal() {
        return decimal;
    }

    /** The template's money style, in the reporting currency. */
    XSSFCellStyle money() {
        return money;
    }

    XSSFCellStyle percent() {
        return percent;
    }

    XSSFCellStyle date() {
        return date;
    }

    XSSFCellStyle decision(Decision decision) {
        return decisions.get(decision);
    }
}
