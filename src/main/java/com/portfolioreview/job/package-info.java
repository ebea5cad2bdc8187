/**
 * The Spring Batch job of SPEC §4, {@code portfolioReview}: its configuration
 * ({@link com.portfolioreview.job.ReviewJobConfiguration}, one bean per step), a tasklet named
 * after each step ({@code ingest} partitions, {@code merge-inputs}, {@code review},
 * {@code publish}), the settings it runs with and what each step hands to the next
 * ({@link com.portfolioreview.job.StepSnapshots}). It knows nothing of the command line.
 */
package com.portfolioreview.job;
