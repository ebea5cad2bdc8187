/**
 * Reading and validating the inputs of a report period (SPEC §1): the rules of each input file
 * (fx rates, register, KPI targets, spend and KPI exports), each export's own aggregate, and the
 * merge of them all into {@link com.portfolioreview.portfolio.PortfolioInputs}.
 * {@link PortfolioIngest} is what the job calls; its parts are {@link ReferenceFiles},
 * {@link ExportReader} and {@link InputsMerge}. The CSV format itself is
 * {@link com.portfolioreview.ingest.csv}'s, which this package uses and which knows nothing of it.
 */
package com.portfolioreview.ingest;
