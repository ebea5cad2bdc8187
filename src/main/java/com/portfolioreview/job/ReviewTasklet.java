package com.portfolioreview.job;

import com.portfolioreview.analysis.AnalysisSettings;
import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PastOutcome;
import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.decision.PortfolioReviewer;
import com.portfolioreview.decision.RuleThresholds;
import com.portfolioreview.decision.StalledRule;
import com.portfolioreview.portfolio.PortfolioInputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/** Step 3 ({@code review}): the SPEC §2 figures, findings, decisions and funding of every initiative. */
public class ReviewTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    /** Job execution context key: the decision counts, for the last log line. */
    public static final String DECISIONS = "decision.counts";

    private final ReviewProperties properties;
    private final StepSnapshots snapshots;
    private final DecisionHistoryStore history;

    ReviewTasklet(ReviewProperties properties, StepSnapshots snapshots, DecisionHistoryStore history) {
        this.properties = properties;
        this.snapshots = snapshots;
        this.history = history;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long started = System.nanoTime();
        long instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        PortfolioInputs inputs = snapshots.load(instance, Snapshot.INPUTS);
        int months = properties.history().months();
        // what was published for the months the review looks back on (none is needed before them)
        Map<YearMonth, Map<String, PastOutcome>> published =
                history.published(inputs.period().minusMonths(months), inputs.period());
        PortfolioReview review = new PortfolioReviewer(analysisSettings(properties), ruleThresholds(properties),
                stalledRule(properties), months).review(inputs, published);
        chunkContext.getStepContext().getStepExecution().setReadCount(inputs.initiatives().size());
        contribution.incrementWriteCount(review.reviews().size());
        snapshots.save(instance, Snapshot.REVIEW, review);
        String counts = decisionCounts(review);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putString(DECISIONS, counts);
        log.info("step review: {} initiatives: {} ({})", review.reviews().size(), counts, Durations.since(started));
        return RepeatStatus.FINISHED;
    }

    static AnalysisSettings analysisSettings(ReviewProperties p) {
        return new AnalysisSettings(p.fiscalYearStartMonth(), p.npv().horizonMonths(), p.npv().discountRate());
    }

    static RuleThresholds ruleThresholds(ReviewProperties p) {
        var c = p.rules().cancel();
        var r = p.rules().recalibrate();
        var a = p.reallocation();
        return new RuleThresholds(c.maxAttainment(), c.maxOverspend(), c.maxBehind(),
                r.minDataQuality(), r.maxOverspend(), r.maxForecastOverrun(), r.maxBehind(),
                r.fundingCut(), a.minBenefitCostRatio(), a.maxIncrease());
    }

    static StalledRule stalledRule(ReviewProperties p) {
        return new StalledRule(p.rules().cancel().maxRecalibrateMonths(), p.rules().cancel().minGapImprovement());
    }

    /** "5 CANCEL, 12 RECALIBRATE, 20 CONTINUE, 1 NOT_STARTED". */
    static String decisionCounts(PortfolioReview review) {
        Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            counts.put(d, 0);
        }
        for (InitiativeReview r : review.reviews()) {
            counts.merge(r.decision(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((d, n) -> sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(d));
        return sb.toString();
    }
}
