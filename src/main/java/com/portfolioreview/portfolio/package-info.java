/**
 * The portfolio as read from the inputs (SPEC §1): the register of initiatives, their KPI targets
 * and measurements, the spend ledger per initiative, month and category, the fx rates, the files
 * read and the issues found in them. Plain data with exact decimals; no parsing and no rules.
 */
package com.portfolioreview.portfolio;
