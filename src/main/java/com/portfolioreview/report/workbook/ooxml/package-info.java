/**
 * How an .xlsx's bytes are laid out, on POI's public API: the streaming workbook over the
 * template ({@link com.portfolioreview.report.workbook.ooxml.StreamingWorkbook}, with its shared
 * strings and deflate level), the rows of a sheet serialised as sheet XML
 * ({@link com.portfolioreview.report.workbook.ooxml.SheetRows}) and the byte buffers and sheet
 * writer behind them. The sheet classes of {@code report.workbook} say what each cell holds and
 * never how its XML is written. A hand-written fast path (docs/performance.md): its output is
 * held equal to POI's by {@code StreamedTableTest} and {@code StreamingWorkbookTest}.
 */
package com.portfolioreview.report.workbook.ooxml;
