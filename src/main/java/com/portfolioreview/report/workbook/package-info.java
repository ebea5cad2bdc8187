/**
 * The workbooks of SPEC §3.1, one class per sheet, on the template
 * (templates/portfolio-review.xlsx): each sheet class says what its cells hold; how the bytes
 * of a streamed sheet are laid out is {@code report.workbook.ooxml}.
 */
package com.portfolioreview.report.workbook;
