package com.portfolioreview.delivery;

import java.nio.file.Path;

/**
 * One e-mail of a delivery: to one recipient, about one workbook (or one initiative's notice,
 * {@code item} {@code notice:<id>}), with its attachment when it is small enough.
 *
 * @param item       the workbook's file name, or {@code notice:<initiative id>}; with the recipient,
 *                   what the ledger keeps from being sent twice
 * @param workbook   the workbook the message is about; null for a notice
 * @param attach     whether the workbook goes with it (else the body says where it is)
 */
record Message(String recipient, String item, Path workbook, boolean attach, String subject, String text,
               String html) {
}
