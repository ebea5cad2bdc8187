package com.portfolioreview.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid input directory for report period 2026-10 (reporting currency USD), which tests
 * then spoil one row or file at a time. Line numbers of the base files (header = line 1):
 * initiatives.csv 2-3, kpi_targets.csv 2-3, fx_rates.csv 2-3, spend/spend-2026-10.csv 2-5,
 * kpi/kpi-2026-10.csv 2-3; an appended row lands on the line after.
 */
final class InputFolder {

    static final String REGISTER_HEADER = "initiative_id,name,business_unit,owner,owner_email,use_case,stage,"
            + "start_date,planned_end_date,approved_budget,currency,maturity_months";
    static final String REGISTER = REGISTER_HEADER + "\n"
            + "AI-001,Incident bot,IT Ops,Ann,ann@example.com,Automated incident response,PILOT,"
            + "2026-01-15,2027-06-30,\"1,200,000.00\",USD,12\n"
            + "AI-002,Disk predictor,Infrastructure,Bob,bob@example.com,Predictive maintenance,poc,"
            + "2026-03-01,2026-12-31,\"250,000\",EUR,9\n";
    static final String TARGETS = "initiative_id,kpi,unit,direction,baseline,target,value_per_unit,weight\n"
            + "AI-001,MTTR,minutes,LOWER_IS_BETTER,120,60,150,2\n"
            + "AI-002,Failures avoided,count,higher_is_better,0,10,\"1,000\",\n";
    static final String FX = "period,currency,rate\n"
            + "2026-10,EUR,1.0825\n"
            + "2026-09,EUR,1.08\n";
    static final String SPEND = "initiative_id,period,cost_category,budget,actual,currency\n"
            + "AI-001,2026-10,compute,\"10,000.00\",\"12,500.50\",USD\n"
            + "AI-001,2026-10,COMPUTE,,-500.50,USD\n"
            + "AI-002,2026-10,staff,\"1,000\",\"1,234.56\",EUR\n"
            + "AI-001,2026-11,compute,\"11,000\",,USD\n";
    static final String KPI = "initiative_id,period,kpi,actual\n"
            + "AI-001,2026-10,mttr,95\n"
            + "AI-002,Oct 2026,FAILURES AVOIDED,4\n";

    private final Path dir;

    InputFolder(Path dir) {
        this.dir = dir;
    }

    static InputFolder valid(Path dir) {
        return new InputFolder(dir)
                .write("initiatives.csv", REGISTER)
                .write("kpi_targets.csv", TARGETS)
                .write("fx_rates.csv", FX)
                .write("spend/spend-2026-10.csv", SPEND)
                .write("kpi/kpi-2026-10.csv", KPI);
    }

    Path dir() {
        return dir;
    }

    InputFolder write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    InputFolder write(String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputFolder append(String name, String row) {
        try {
            Files.writeString(dir.resolve(name), row + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputFolder delete(String name) {
        try {
            Files.delete(dir.resolve(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
