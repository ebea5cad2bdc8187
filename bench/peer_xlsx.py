#!/usr/bin/env python3
"""The whole-job peer of the scale benchmark: what a finance analyst could script with DuckDB
and XlsxWriter to get the job's detail sheets from the same input folder.

It aggregates the spend exports per (initiative, period, cost category) -- unknown initiatives
and summary rows dropped, categories upper-cased, non-USD amounts converted with fx_rates.csv
of their period (a row without a rate dropped) -- and keeps the last KPI value read per
(initiative, period, kpi) in file-name then line order (SPEC 1.1), counting the restatements.
Then it writes, for the portfolio and for each business unit, a workbook with the job's
"Monthly Spend" sheet (Initiative ID, Period, Cost Category, Budget, Actual, Variance as a
formula with its value) and "KPIs" sheet (Initiative ID, KPI, Unit, Direction, Baseline, Target,
Period, Actual, Improvement, Attainment, Benefit), periods <= P, continuing on "KPIs 2" ... at
Excel's row limit as the job does, with XlsxWriter in constant_memory mode.

It reads periods written YYYY-MM (as the benchmark's generator writes them) and amounts as the
generator writes them; it is a peer for timing, not a second implementation of the parser.

Usage: peer_xlsx.py INPUT_DIR OUTPUT_DIR PERIOD
Last line printed: PEER seconds=... rss=... and the totals the benchmark checks.
"""
import glob
import os
import re
import sys
import time

import duckdb
import xlsxwriter

EXCEL_MAX_ROWS = 1_048_576
REPORTING_CURRENCY = "USD"
BATCH = 20_000


def csv_list(paths):
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"


def load(con, input_dir):
    """The aggregated spend cells and the winning KPI values, as temporary tables; returns the restatements."""
    spend = sorted(glob.glob(os.path.join(input_dir, "spend", "*.csv")))
    kpi = sorted(glob.glob(os.path.join(input_dir, "kpi", "*.csv")))
    con.execute(f"""CREATE TEMP TABLE register AS SELECT initiative_id, business_unit
        FROM read_csv('{os.path.join(input_dir, "initiatives.csv")}', header = true, all_varchar = true)""")
    con.execute(f"""CREATE TEMP TABLE fx AS SELECT period, currency, rate
        FROM read_csv('{os.path.join(input_dir, "fx_rates.csv")}', header = true,
             columns = {{'period': 'VARCHAR', 'currency': 'VARCHAR', 'rate': 'DECIMAL(18,6)'}})""")
    con.execute(f"""CREATE TEMP TABLE targets AS
        SELECT initiative_id, kpi, lower(kpi) AS kpi_key, unit, direction,
               CAST(baseline AS DECIMAL(18,4)) AS baseline, CAST(target AS DECIMAL(18,4)) AS target,
               CAST(value_per_unit AS DECIMAL(18,4)) AS value_per_unit, row_number() OVER () AS target_order
        FROM read_csv('{os.path.join(input_dir, "kpi_targets.csv")}', header = true, all_varchar = true)""")
    con.execute(f"""CREATE TEMP TABLE spend_cells AS
        SELECT s.initiative_id, s.period, upper(trim(s.cost_category)) AS category,
               sum(coalesce(s.budget, 0) * CASE WHEN s.currency = '{REPORTING_CURRENCY}' THEN 1 ELSE f.rate END) AS budget,
               sum(coalesce(s.actual, 0) * CASE WHEN s.currency = '{REPORTING_CURRENCY}' THEN 1 ELSE f.rate END) AS actual
        FROM read_csv({csv_list(spend)}, header = true, thousands = ',', columns = {{
                 'initiative_id': 'VARCHAR', 'period': 'VARCHAR', 'cost_category': 'VARCHAR',
                 'budget': 'DECIMAL(18,2)', 'actual': 'DECIMAL(18,2)', 'currency': 'VARCHAR'}}) s
        SEMI JOIN register r ON r.initiative_id = s.initiative_id
        LEFT JOIN fx f ON f.period = s.period AND f.currency = s.currency
        WHERE upper(trim(s.cost_category)) NOT IN ('TOTAL', 'SUBTOTAL')
          AND (s.currency = '{REPORTING_CURRENCY}' OR f.rate IS NOT NULL)
        GROUP BY ALL""")
    # last value read wins: a line number over the files in name order, then per key the newest line
    con.execute(f"""CREATE TEMP TABLE kpi_lines AS
        WITH lines AS (
            SELECT initiative_id, period, lower(kpi) AS kpi_key, actual, row_number() OVER () AS line
            FROM read_csv({csv_list(kpi)}, header = true, columns = {{
                 'initiative_id': 'VARCHAR', 'period': 'VARCHAR', 'kpi': 'VARCHAR', 'actual': 'DECIMAL(18,4)'}})),
        known AS (SELECT l.* FROM lines l SEMI JOIN targets t USING (initiative_id, kpi_key))
        SELECT initiative_id, period, kpi_key, actual, lag(actual) OVER w AS earlier, lead(line) OVER w IS NULL AS newest
        FROM known WINDOW w AS (PARTITION BY initiative_id, period, kpi_key ORDER BY line)""")
    restatements = con.execute("SELECT count(*) FROM kpi_lines WHERE earlier <> actual").fetchone()[0]
    con.execute("CREATE TEMP TABLE kpi_values AS SELECT initiative_id, period, kpi_key, actual FROM kpi_lines WHERE newest")
    con.execute("DROP TABLE kpi_lines")
    return restatements


def totals(con, period, restatements):
    spend = con.execute(f"""SELECT count(*), sum(budget), sum(actual),
            sum(budget) FILTER (WHERE period <= '{period}'), sum(actual) FILTER (WHERE period <= '{period}')
        FROM spend_cells""").fetchone()
    kpi = con.execute("SELECT count(*), sum(actual) FROM kpi_values").fetchone()
    plain = lambda d: "0" if d is None else format(d.normalize(), "f")
    return (f"cells={spend[0]} budget={plain(spend[1])} actual={plain(spend[2])} budgetItd={plain(spend[3])}"
            f" actualItd={plain(spend[4])} kpiValues={kpi[0]} kpiSum={plain(kpi[1])} restatements={restatements}")


class Table:
    """One table written row by row, continuing on a numbered sheet at Excel's row limit."""

    def __init__(self, workbook, name, header):
        self.workbook, self.name, self.header, self.sheets, self.rows = workbook, name, header, 0, 0
        self.bold = workbook.add_format({"bold": True})
        self._new_sheet()

    def _new_sheet(self):
        self.sheets += 1
        self.sheet = self.workbook.add_worksheet(self.name if self.sheets == 1 else f"{self.name} {self.sheets}")
        self.sheet.write_row(0, 0, self.header, self.bold)
        self.sheet.freeze_panes(1, 0)
        self.next = 1

    def row(self):
        if self.next == EXCEL_MAX_ROWS:
            self._new_sheet()
        self.next += 1
        self.rows += 1
        return self.next - 1


def write_workbook(con, path, period, tmpdir, unit=None):
    """The Monthly Spend and KPIs sheets of the portfolio (unit None) or of one business unit."""
    workbook = xlsxwriter.Workbook(path, {"constant_memory": True, "tmpdir": tmpdir})
    money = workbook.add_format({"num_format": "#,##0.00"})
    number = workbook.add_format({"num_format": "#,##0.####"})
    percent = workbook.add_format({"num_format": "0.0%"})
    of_unit = "" if unit is None else "AND initiative_id IN (SELECT initiative_id FROM register WHERE business_unit = $unit)"
    params = {"period": period} | ({} if unit is None else {"unit": unit})

    spend = Table(workbook, "Monthly Spend", ["Initiative ID", "Period", "Cost Category", "Budget", "Actual", "Variance"])
    cursor = con.execute(f"""SELECT initiative_id, period, category, CAST(budget AS DOUBLE), CAST(actual AS DOUBLE)
        FROM spend_cells WHERE period <= $period {of_unit} ORDER BY initiative_id, period, category""", params)
    while batch := cursor.fetchmany(BATCH):
        for initiative, month, category, budget, actual in batch:
            r = spend.row()
            ws = spend.sheet
            ws.write_string(r, 0, initiative)
            ws.write_string(r, 1, month)
            ws.write_string(r, 2, category)
            ws.write_number(r, 3, budget, money)
            ws.write_number(r, 4, actual, money)
            ws.write_formula(r, 5, f"=E{r + 1}-D{r + 1}", money, round(actual - budget, 2))

    kpis = Table(workbook, "KPIs", ["Initiative ID", "KPI", "Unit", "Direction", "Baseline", "Target", "Period",
                                    "Actual", "Improvement", "Attainment", "Benefit"])
    cursor = con.execute(f"""SELECT v.initiative_id, t.kpi, t.unit, t.direction, CAST(t.baseline AS DOUBLE),
            CAST(t.target AS DOUBLE), v.period, CAST(v.actual AS DOUBLE), CAST(i.improvement AS DOUBLE),
            CAST(i.improvement AS DOUBLE) / abs(CAST(t.target - t.baseline AS DOUBLE)),
            CAST(i.improvement * t.value_per_unit AS DOUBLE)
        FROM kpi_values v JOIN targets t USING (initiative_id, kpi_key),
             LATERAL (SELECT CASE WHEN t.direction = 'LOWER_IS_BETTER' THEN t.baseline - v.actual
                                  ELSE v.actual - t.baseline END AS improvement) i
        WHERE v.period <= $period {of_unit.replace("initiative_id", "v.initiative_id", 1)}
        ORDER BY v.initiative_id, t.target_order, v.period""", params)
    while batch := cursor.fetchmany(BATCH):
        for initiative, kpi, unit_name, direction, baseline, target, month, actual, improvement, attainment, benefit in batch:
            r = kpis.row()
            ws = kpis.sheet
            ws.write_string(r, 0, initiative)
            ws.write_string(r, 1, kpi)
            ws.write_string(r, 2, unit_name or "")
            ws.write_string(r, 3, direction)
            ws.write_number(r, 4, baseline, number)
            ws.write_number(r, 5, target, number)
            ws.write_string(r, 6, month)
            ws.write_number(r, 7, actual, number)
            ws.write_number(r, 8, improvement, number)
            ws.write_number(r, 9, attainment, percent)
            ws.write_number(r, 10, benefit, money)
    workbook.close()
    return spend.rows, kpis.rows


def peak_rss_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def main(argv):
    if len(argv) != 4:
        sys.exit("usage: peer_xlsx.py INPUT_DIR OUTPUT_DIR PERIOD")
    started = time.perf_counter()
    input_dir, output_dir, period = os.path.abspath(argv[1]), os.path.abspath(argv[2]), argv[3]
    tmpdir = os.path.join(output_dir, ".tmp")
    os.makedirs(os.path.join(output_dir, "business-units"), exist_ok=True)
    os.makedirs(tmpdir, exist_ok=True)
    con = duckdb.connect()
    con.execute("SET threads = 2")
    restatements = load(con, input_dir)
    aggregated = time.perf_counter() - started
    spend_rows, kpi_rows = write_workbook(con, os.path.join(output_dir, f"portfolio-review-{period}.xlsx"), period, tmpdir)
    workbooks = 1
    for (unit,) in con.execute("SELECT DISTINCT business_unit FROM register ORDER BY 1").fetchall():
        name = re.sub("[^a-z0-9]", "-", unit.lower())[:60]
        write_workbook(con, os.path.join(output_dir, "business-units", f"portfolio-review-{period}-{name}.xlsx"),
                       period, tmpdir, unit)
        workbooks += 1
    checked = totals(con, period, restatements)
    os.rmdir(tmpdir)
    print(f"PEER seconds={time.perf_counter() - started:.3f} rss={peak_rss_bytes()} aggregated={aggregated:.3f}"
          f" {checked} workbooks={workbooks} spendSheetRows={spend_rows} kpiSheetRows={kpi_rows}", flush=True)


if __name__ == "__main__":
    main(sys.argv)
