package com.portfolioreview.delivery;

import com.portfolioreview.delivery.PublishedReview.Initiative;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a publication's workbooks (SPEC §5): the messages its settings call for, less those the
 * ledger says the recipient already has for this review content, each recorded as soon as the
 * server accepted it. The first failure stops the delivery: the server is down or refuses us, so
 * the rest would fail too; what was not sent is listed, and the next start sends it.
 */
public class Delivery {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    /** What one delivery did. */
    public record Outcome(boolean off, int sent, int alreadySent, List<String> undelivered, String failure) {

        public boolean complete() {
            return undelivered.isEmpty();
        }
    }

    private final DeliverySettings settings;
    private final JavaMailSender mail;
    private final DeliveryLedger ledger;

    /** @param mail null when no mail server is configured */
    public Delivery(DeliverySettings settings, JavaMailSender mail, DeliveryLedger ledger) {
        this.settings = settings;
        this.mail = mail;
        this.ledger = ledger;
    }

    public boolean isOff() {
        return !settings.hasRecipients();
    }

    /** Whether a mail server is configured ({@code spring.mail.host}). */
    public boolean hasServer() {
        return mail != null;
    }

    /**
     * @param periodDirectory the publication ({@code <output>/<P>})
     * @param contentKey      what was reviewed (input and configuration fingerprints): the same
     *                        content is never sent twice to a recipient, another is a correction
     */
    public Outcome deliver(YearMonth period, Path periodDirectory, long jobExecutionId, String contentKey)
            throws IOException {
        if (isOff()) {
            log.info("delivery is off: no recipient in review.delivery");
            return new Outcome(true, 0, 0, List.of(), null);
        }
        PublishedReview review = PublishedReview.read(periodDirectory);
        List<Message> messages = plan(review, period, contentKey);
        int sent = 0;
        int already = 0;
        List<String> undelivered = new ArrayList<>();
        String failure = null;
        for (Message m : messages) {
            if (ledger.sent(period, m.recipient(), m.item(), contentKey)) {
                already++;
                continue;
            }
            if (failure != null) {
                undelivered.add(describe(m));
                continue;
            }
            try {
                String messageId = send(m);
                ledger.record(jobExecutionId, period, m.recipient(), m.item(),
                        m.workbook() == null ? null : sha256(m.workbook()), contentKey, messageId, LocalDateTime.now());
                sent++;
            } catch (MailException | MessagingException e) {
                // the server's reply can span lines: the log line stays one line
                failure = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
                undelivered.add(describe(m));
            }
        }
        if (failure == null) {
            log.info("delivered period {}: {} messages sent, {} already sent before", period, sent, already);
        } else {
            log.error("delivery of period {} failed ({}): {} sent, not sent: {}; the outputs stay published and the"
                    + " next start sends only what is missing", period, failure, sent, String.join(", ", undelivered));
        }
        return new Outcome(false, sent, already, List.copyOf(undelivered), failure);
    }

    /** Every message the settings call for, in a fixed order: portfolio, business units, notices. */
    List<Message> plan(PublishedReview review, YearMonth period, String contentKey) throws IOException {
        List<Message> messages = new ArrayList<>();
        for (String to : settings.portfolioTo()) {
            messages.add(workbookMessage(review, null, review.portfolioWorkbook(), to, period, contentKey));
        }
        settings.businessUnitTo().forEach((unit, recipients) -> {
            Path workbook = review.unitWorkbooks().get(unit);
            if (workbook == null) {
                log.warn("review.delivery.business-units names '{}', which has no initiative this period: nothing sent",
                        unit);
                return;
            }
            for (String to : recipients) {
                messages.add(workbookMessage(review, unit, workbook, to, period, contentKey));
            }
        });
        if (settings.ownerNotices()) {
            for (Initiative i : review.initiatives()) {
                if (!i.ownerEmail().isBlank() && (i.decision().equals("RECALIBRATE") || i.toActOn())) {
                    String item = "notice:" + i.id();
                    boolean corrected = ledger.sentOther(period, i.ownerEmail(), item, contentKey);
                    messages.add(new Message(i.ownerEmail(), item, null, false,
                            MessageWriter.noticeSubject(review, i, corrected), MessageWriter.noticeText(review, i),
                            MessageWriter.noticeHtml(review, i)));
                }
            }
        }
        return messages;
    }

    private Message workbookMessage(PublishedReview review, String unit, Path workbook, String to, YearMonth period,
                                    String contentKey) {
        String item = workbook.getFileName().toString();
        boolean attach;
        try {
            attach = Files.size(workbook) <= settings.maxAttachmentBytes();
        } catch (IOException e) {
            attach = false;
        }
        boolean corrected = ledger.sentOther(period, to, item, contentKey);
        return new Message(to, item, workbook, attach, MessageWriter.subject(review, unit, corrected),
                MessageWriter.text(review, unit, workbook, attach), MessageWriter.html(review, unit, workbook, attach));
    }

    /** Sends one message; returns its Message-ID. */
    private String send(Message m) throws MessagingException {
        if (mail == null) {
            throw new MessagingException("no mail server: set spring.mail.host");
        }
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        if (!settings.from().isBlank()) {
            helper.setFrom(settings.from());
        }
        helper.setTo(m.recipient());
        helper.setSubject(m.subject());
        helper.setText(m.text(), m.html());
        if (m.attach()) {
            helper.addAttachment(m.workbook().getFileName().toString(), m.workbook().toFile());
        }
        mail.send(mime);
        return mime.getMessageID();
    }

    private static String describe(Message m) {
        return m.item() + " to " + m.recipient();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }
}
