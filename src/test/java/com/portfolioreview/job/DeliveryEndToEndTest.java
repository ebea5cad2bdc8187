package com.portfolioreview.job;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.portfolioreview.launch.ReviewCommand;
import com.portfolioreview.testsupport.InputFolder;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5 against a real SMTP server in the test JVM (GreenMail): the small portfolio (P 2026-10;
 * AI-001 in Service Desk, AI-002 in Infrastructure &amp; Cloud, AI-003 in Service Desk, not started)
 * is reviewed by the real program, and what reached the server is read back: recipients,
 * subjects, bodies, attachments; then failures: a server that stops accepting after two
 * messages, one that refuses our password, and {@code --no-deliver}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeliveryEndToEndTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    @TempDir
    Path tmp;

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--input", "in", "--output", "out", "--data", "db",
                "--config", "delivery.yml"));
        all.addAll(List.of(args));
        return ReviewCommand.run(all.toArray(String[]::new), PROJECT, tmp);
    }

    private void configure(String mailExtra) throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("delivery.yml"), """
                spring:
                  mail:
                    host: localhost
                    port: %d
                %s
                review:
                  delivery:
                    from: portfolio-review@example.com
                    portfolio-to: [cfo@example.com, cio@example.com]
                    business-units:
                      "[Service Desk]":
                        to: [service-desk-head@example.com]
                    owner-notices: true
                """.formatted(smtp.getSmtp().getPort(), mailExtra));
    }

    private static List<String> received() {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                out.add(m.getAllRecipients()[0] + " | " + m.getSubject());
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void eachRecipientGetsItsWorkbookOnceWithBodiesReadableWithoutIt(CapturedOutput output) throws Exception {
        configure("");

        assertThat(run()).as(output.getOut()).isZero();

        // AI-001 is the only initiative to act on with an owner address (AI-002 has none, AI-003 not started)
        // 2 RECALIBRATE (AI-001, AI-002), 1 NOT_STARTED (AI-003); only AI-001 has an owner address
        assertThat(received()).containsExactly(
                "ana@example.com | Portfolio Review 2026-10 — AI-001 Incident Auto-Remediation: RECALIBRATE",
                "cfo@example.com | Portfolio Review 2026-10 — Portfolio: 2 RECALIBRATE, 1 NOT_STARTED",
                "cio@example.com | Portfolio Review 2026-10 — Portfolio: 2 RECALIBRATE, 1 NOT_STARTED",
                "service-desk-head@example.com | Portfolio Review 2026-10 — Service Desk: 1 RECALIBRATE, 1 NOT_STARTED");
        MimeMessage toCfo = byRecipient("cfo@example.com");
        assertThat(toCfo.getFrom()[0].toString()).isEqualTo("portfolio-review@example.com");
        Multipart parts = (Multipart) toCfo.getContent();
        String body = GreenMailUtil.getBody(toCfo);
        assertThat(body).contains("Decisions to act on", "Changes since last month", "AI-001",
                "The workbook portfolio-review-2026-10.xlsx is attached.");
        assertThat(attachmentNames(parts)).containsExactly("portfolio-review-2026-10.xlsx");
        assertThat(attachmentNames((Multipart) byRecipient("service-desk-head@example.com").getContent()))
                .containsExactly("portfolio-review-2026-10-service-desk.xlsx");
        assertThat(byRecipient("ana@example.com").getContent().toString()).doesNotContain(".xlsx");

        // nothing to do, and a rerun of the same inputs and settings: nothing sent twice
        assertThat(run()).isZero();
        assertThat(run("--rerun")).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    @Test
    void aServerThatStopsAfterTwoMessagesLeavesTheRestForTheNextStart(CapturedOutput output) throws Exception {
        configure("");
        UserManager users = smtp.getManagers().getUserManager();
        var normal = users.getMessageDeliveryHandler();
        AtomicInteger accepted = new AtomicInteger();
        users.setMessageDeliveryHandler((message, address) -> {
            if (accepted.incrementAndGet() > 2) {
                throw new MessagingException("mailbox unavailable");
            }
            return normal.handle(message, address);
        });

        assertThat(run()).as(output.getOut()).isEqualTo(5);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(output.getOut()).contains("the outputs stay published and the next start sends only what is missing")
                .contains("not sent: ");
        assertThat(tmp.resolve("out/2026-10/portfolio-review-2026-10.xlsx")).exists();

        users.setMessageDeliveryHandler(normal);
        // nothing else to do, but the two missing messages go
        assertThat(run()).as(output.getOut()).isZero();
        assertThat(received()).hasSize(4).doesNotHaveDuplicates();
        assertThat(output.getOut()).contains("2 messages sent, 2 already sent before");
    }

    @Test
    void aServerThatRefusesOurPasswordExitsFiveAndPublishesAnyway(CapturedOutput output) throws Exception {
        smtp.getManagers().getUserManager().setAuthRequired(true);
        smtp.setUser("reviewer@example.com", "reviewer", "right");
        configure("    username: reviewer\n    password: wrong\n    properties:\n      mail.smtp.auth: true");

        assertThat(run()).as(output.getOut()).isEqualTo(5);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(output.getOut()).containsIgnoringCase("authentication");
        assertThat(tmp.resolve("out/2026-10/run-summary.json")).exists();
    }

    @Test
    void aWorkbookAboveTheAttachmentLimitIsNotAttachedAndTheBodySaysWhereItIs(CapturedOutput output) throws Exception {
        configure("");
        Files.writeString(tmp.resolve("delivery.yml"), Files.readString(tmp.resolve("delivery.yml"))
                + "    max-attachment-mb: 0\n");

        assertThat(run()).as(output.getOut()).isZero();

        MimeMessage toCfo = byRecipient("cfo@example.com");
        assertThat(attachmentNames((Multipart) toCfo.getContent())).isEmpty();
        assertThat(GreenMailUtil.getBody(toCfo)).contains("The workbook is too large to attach; it is at "
                + tmp.resolve("out/2026-10/portfolio-review-2026-10.xlsx"));
    }

    @Test
    void noDeliverPublishesAndTheNextStartSends(CapturedOutput output) throws Exception {
        configure("");

        assertThat(run("--no-deliver")).as(output.getOut()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(run()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    @Test
    void aCorrectedReviewIsSentAgainMarkedCorrected(CapturedOutput output) throws Exception {
        configure("");
        assertThat(run()).isZero();
        Files.writeString(tmp.resolve("in/spend/spend-correction.csv"),
                "initiative_id,period,cost_category,budget,actual,currency\nAI-001,2026-10,STAFF,,1000,USD\n");

        assertThat(run()).as(output.getOut()).isZero();

        assertThat(received()).hasSize(8).filteredOn(m -> m.endsWith("(corrected)")).hasSize(4);
    }

    @Test
    void aBadAddressOrNoMailServerIsAConfigurationErrorNamingTheKey(CapturedOutput output) throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("delivery.yml"), "review:\n  delivery:\n    portfolio-to: [cfo-at-example.com]\n");
        assertThat(run()).isEqualTo(2);
        assertThat(output.getOut()).contains("review.delivery.portfolio-to").contains("must be an e-mail address");

        Files.writeString(tmp.resolve("delivery.yml"), "review:\n  delivery:\n    portfolio-to: [cfo@example.com]\n");
        assertThat(run()).isEqualTo(2);
        assertThat(output.getOut()).contains("review.delivery names recipients but spring.mail.host is not set");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private static MimeMessage byRecipient(String address) throws MessagingException {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                return m;
            }
        }
        throw new AssertionError("no message to " + address);
    }

    private static List<String> attachmentNames(Multipart parts) throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(part.getFileName());
            }
        }
        return names;
    }
}
