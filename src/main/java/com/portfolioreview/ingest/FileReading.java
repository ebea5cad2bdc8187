package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;

import com.portfolioreview.portfolio.FxRate;
import java.util.Set;

/**
 * The result of reading one input file: what it contributed, its tally, and the FX rates that
 * converted its amounts.
 */
record FileReading<T>(ExportFile file, T content, FileTally tally, Set<FxRate> ratesUsed) {
}
