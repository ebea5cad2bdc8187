package com.portfolioreview.delivery;

import java.util.List;
import java.util.Map;

/**
 * Who receives what (SPEC §5, {@code review.delivery.*}).
 *
 * @param from               the sender; empty: the mail server's user name
 * @param portfolioTo        the portfolio workbook's recipients
 * @param businessUnitTo     business unit name → its workbook's recipients
 * @param ownerNotices       whether owners of initiatives to act on get a notice
 * @param maxAttachmentBytes a larger workbook is not attached; the message says where it is
 */
public record DeliverySettings(String from, List<String> portfolioTo, Map<String, List<String>> businessUnitTo,
                               boolean ownerNotices, long maxAttachmentBytes) {

    public boolean hasRecipients() {
        return !portfolioTo.isEmpty() || ownerNotices || businessUnitTo.values().stream().anyMatch(l -> !l.isEmpty());
    }
}
