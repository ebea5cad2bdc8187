/**
 * E-mailing the published workbooks to executives (SPEC §5): who gets which workbook, the
 * messages' subjects and bodies, the delivery ledger that keeps a workbook from being sent twice,
 * and sending through Spring's {@code JavaMailSender}. Reads only what was published (the
 * output directory's run-summary.json and workbooks), so a later start can send what a failed
 * delivery left.
 */
package com.portfolioreview.delivery;
