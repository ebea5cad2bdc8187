package com.portfolioreview.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An input directory written by a test, file by file, exactly as an export would look, for the
 * reading tests (in-process) and the process tests alike. {@link #valid} is a small valid input
 * for report period 2026-10 (reporting currency USD), which tests then spoil one row or file at a
 * time; its line numbers (header = line 1): initiatives.csv 2-3, kpi_targets.csv 2-3,
 * fx_rates.csv 2-3, spend/spend-2026-10.csv 2-5, kpi/kpi-2026-10.csv 2-3; an appended row lands
 * on the line after. {@link #smallPortfolio} and {@link #onePerDecision} are the portfolios whose
 * figures the end-to-end tests work out by hand.
 */
public final class InputFolder {

    public static final String REGISTER_HEADER = "initiative_id,name,business_unit,owner,owner_email,use_case,stage,"
            + "start_date,planned_end_date,approved_budget,currency,maturity_months";
    public static final String REGISTER = REGISTER_HEADER + "\n"
            + "AI-001,Incident bot,IT Ops,Ann,ann@example.com,Automated incident response,PILOT,"
            + "2026-01-15,2027-06-30,\"1,200,000.00\",USD,12\n"
            + "AI-002,Disk predictor,Infrastructure,Bob,bob@example.com,Predictive maintenance,poc,"
            + "2026-03-01,2026-12-31,\"250,000\",EUR,9\n";
    public static final String TARGETS = "initiative_id,kpi,unit,direction,baseline,target,value_per_unit,weight\n"
            + "AI-001,MTTR,minutes,LOWER_IS_BETTER,120,60,150,2\n"
            + "AI-002,Failures avoided,count,higher_is_better,0,10,\"1,000\",\n";
    public static final String FX = "period,currency,rate\n"
            + "2026-10,EUR,1.0825\n"
            + "2026-09,EUR,1.08\n";
    public static final String SPEND = "initiative_id,period,cost_category,budget,actual,currency\n"
            + "AI-001,2026-10,compute,\"10,000.00\",\"12,500.50\",USD\n"
            + "AI-001,2026-10,COMPUTE,,-500.50,USD\n"
            + "AI-002,2026-10,staff,\"1,000\",\"1,234.56\",EUR\n"
            + "AI-001,2026-11,compute,\"11,000\",,USD\n";
    public static final String KPI = "initiative_id,period,kpi,actual\n"
            + "AI-001,2026-10,mttr,95\n"
            + "AI-002,Oct 2026,FAILURES AVOIDED,4\n";

    private final Path dir;

    public InputFolder(Path dir) {
        this.dir = dir;
    }

    public static InputFolder valid(Path dir) {
        return new InputFolder(dir)
                .write("initiatives.csv", REGISTER)
                .write("kpi_targets.csv", TARGETS)
                .write("fx_rates.csv", FX)
                .write("spend/spend-2026-10.csv", SPEND)
                .write("kpi/kpi-2026-10.csv", KPI);
    }

    public Path dir() {
        return dir;
    }

    public InputFolder write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public InputFolder write(String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputFolder append(String name, String row) {
        try {
            Files.writeString(dir.resolve(name), row + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputFolder delete(String name) {
        try {
            Files.delete(dir.resolve(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file's SHA-256, to prove the job never changes its inputs. */
    public Map<String, String> digests() {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                m.put(dir.relativize(p).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    /**
     * A small portfolio whose figures are worked out by hand in {@code job.MonthlyReviewEndToEndTest}:
     * AI-001 (USD, mature), AI-002 (EUR, young, credits, decimal commas), AI-003 (not started).
     */
    public static InputFolder smallPortfolio(Path dir) {
        return new InputFolder(dir)
                .write("initiatives.csv", """
                        initiative_id,name,business_unit,owner,owner_email,use_case,stage,start_date,planned_end_date,approved_budget,currency,maturity_months
                        AI-001,Incident Auto-Remediation,Service Desk,Ana Ruiz,ana@example.com,Automated incident response,PILOT,2026-01-15,2026-12-31,120000,USD,6
                        AI-002,"Predictive Disk Failure, EU",Infrastructure & Cloud,Ben Okafor,,Predictive maintenance,poc,2026-07-01,2027-06-30,100000.00,EUR,12
                        AI-003,"=HYPERLINK(""http://x"",""click"")",Service Desk,Cy Lee,cy@example.com,Capacity planning,POC,2027-01-04,2027-12-31,50000,USD,6
                        """)
                .write("kpi_targets.csv", """
                        initiative_id,kpi,unit,direction,baseline,target,value_per_unit,weight
                        AI-001,MTTR,minutes,LOWER_IS_BETTER,120,60,100,
                        AI-002,Disk failures predicted,failures,HIGHER_IS_BETTER,0,10,500,2
                        AI-003,Forecast accuracy,%,HIGHER_IS_BETTER,70,90,50,1
                        """)
                .write("fx_rates.csv", """
                        period,currency,rate
                        2026-07,EUR,1.08
                        2026-08,EUR,1.09
                        2026-09,EUR,1.095
                        2026-10,EUR,1.10
                        """)
                .write("spend/spend-2026-h1.csv", """
                        initiative_id,period,cost_category,budget,actual,currency
                        AI-001,2026-01,staff,"$10,000.00","$9,000.00",USD
                        AI-001,2026-02,STAFF,10000,9000,USD
                        AI-001,2026-03,STAFF,10000,9000,USD
                        AI-001,2026-04,STAFF,10000,9000,USD
                        AI-001,2026-05,STAFF,10000,9000,USD
                        AI-001,2026-06,STAFF,10000,9000,USD
                        """)
                .write("spend/spend-2026-h2.csv", """
                        initiative_id,period,cost_category,budget,actual,currency
                        AI-001,Jul 2026,STAFF,10000,9000,USD
                        AI-001,2026-08,STAFF,10000,7000,USD
                        AI-001,2026-08,COMPUTE,,5000,USD
                        AI-001,09/2026,STAFF,10000,11000,USD
                        AI-001,2026-10-31,STAFF,10000,13000,USD
                        AI-001,2026-11,STAFF,10000,,USD
                        AI-001,2026-12,STAFF,10000,,USD
                        AI-001,2027-01,STAFF,5000,,USD
                        """)
                .write("spend/spend-eu.csv", "\uFEFF" + """
                        initiative_id;period;cost_category;budget;actual;currency
                        AI-002;2026-07;VENDOR;1.000,00;1.000,00;EUR
                        AI-002;2026-08;VENDOR;2.000,00;2.000,50;EUR
                        AI-002;2026-10;VENDOR;3.000,00;(500,00);EUR
                        """)
                .write("kpi/kpi-2026.csv", """
                        initiative_id,period,kpi,actual
                        AI-001,2026-09,MTTR,95
                        AI-001,2026-10,mttr,90
                        AI-002,2026-10,Disk failures predicted,2
                        """);
    }

    /**
     * {@link #smallPortfolio} plus AI-004 (on track, funds the reallocation) and AI-005 (missed
     * its target): one initiative per decision, worked out by hand in {@code job.DecisionEndToEndTest}.
     */
    public static InputFolder onePerDecision(Path dir) {
        InputFolder folder = smallPortfolio(dir);
        try {
            Files.writeString(dir.resolve("initiatives.csv"), """
                    AI-004,Ticket Deflection Bot,Service Desk,Di Park,di@example.com,Ticket triage,PRODUCTION,2026-05-01,2027-04-30,60000,USD,6
                    AI-005,Network Capacity Forecaster,Network Operations,Ed Moss,ed@example.com,Capacity planning,PILOT,2025-10-01,2026-12-31,200000,USD,6
                    """, java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(dir.resolve("kpi_targets.csv"), """
                    AI-004,Tickets deflected,tickets,HIGHER_IS_BETTER,100,300,50,1
                    AI-005,MTTR,minutes,LOWER_IS_BETTER,100,50,10,1
                    """, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder spend = new StringBuilder("initiative_id,period,cost_category,budget,actual,currency\n");
        for (String m : new String[] {"2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"}) {
            spend.append("AI-004,").append(m).append(",LICENSES,5000,5000,USD\n");
        }
        for (String m : new String[] {"2026-11", "2026-12", "2027-01"}) {
            spend.append("AI-004,").append(m).append(",LICENSES,5000,,USD\n");
        }
        for (int k = 0; k < 13; k++) {
            java.time.YearMonth m = java.time.YearMonth.of(2025, 10).plusMonths(k);
            spend.append("AI-005,").append(m).append(",COMPUTE,10000,10000,USD\n");
        }
        spend.append("AI-005,2026-11,COMPUTE,10000,,USD\nAI-005,2026-12,COMPUTE,10000,,USD\n");
        return folder.write("spend/spend-extra.csv", spend.toString())
                .write("kpi/kpi-extra.csv", """
                        initiative_id,period,kpi,actual
                        AI-004,2026-05,Tickets deflected,150
                        AI-004,2026-06,Tickets deflected,200
                        AI-004,2026-07,Tickets deflected,250
                        AI-004,2026-08,Tickets deflected,300
                        AI-004,2026-09,Tickets deflected,300
                        AI-004,2026-10,Tickets deflected,320
                        AI-005,2026-08,MTTR,95
                        AI-005,2026-09,MTTR,90
                        AI-005,2026-10,MTTR,85
                        """);
    }
}
