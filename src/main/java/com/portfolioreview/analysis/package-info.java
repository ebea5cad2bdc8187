/**
 * The figures of SPEC §2 for one initiative, each rule a small class named in finance words:
 * burn rate, EAC and VAC, attainment and KPI scores, data quality, monthly benefits, NPV,
 * payback, reporting age, fiscal year. Pure functions of the portfolio and the settings.
 */
package com.portfolioreview.analysis;
