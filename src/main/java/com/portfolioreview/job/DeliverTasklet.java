package com.portfolioreview.job;

import com.portfolioreview.delivery.Delivery;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Step 5 ({@code deliver}): e-mails the published workbooks (SPEC §5). A delivery that fails does
 * not fail the run, whose outputs are published: the step completes, and what was not sent is
 * left in the job's context for the exit code (5); the next start sends it.
 */
public class DeliverTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    /** Job execution context key: what was not delivered, empty when everything was. */
    public static final String UNDELIVERED = "delivery.undelivered";

    private final Delivery delivery;
    private final YearMonth period;
    private final Path outputDir;
    private final String contentKey;
    private final boolean deliver;

    DeliverTasklet(Delivery delivery, YearMonth period, Path outputDir, String inputFingerprint,
                   String configurationFingerprint, boolean deliver) {
        this.delivery = delivery;
        this.period = period;
        this.outputDir = outputDir;
        this.contentKey = contentKey(inputFingerprint, configurationFingerprint);
        this.deliver = deliver;
    }

    /** What was reviewed: the same inputs with the same settings make the same workbooks, bar the run date. */
    public static String contentKey(String inputFingerprint, String configurationFingerprint) {
        return DigestUtils.sha256Hex(inputFingerprint + "\n" + configurationFingerprint);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        if (!deliver) {
            log.info("delivery skipped (--no-deliver): the next start without it sends the workbooks");
            return RepeatStatus.FINISHED;
        }
        String undelivered;
        try {
            Delivery.Outcome outcome = delivery.deliver(period, outputDir.resolve(period.toString()), execution.getId(),
                    contentKey);
            undelivered = String.join(", ", outcome.undelivered());
            contribution.incrementWriteCount(outcome.sent());
        } catch (IOException e) {
            log.error("delivery of period {} failed: cannot read what was published: {}", period, e.getMessage());
            undelivered = "every message (" + e.getMessage() + ")";
        }
        execution.getExecutionContext().putString(UNDELIVERED, undelivered);
        return RepeatStatus.FINISHED;
    }
}
