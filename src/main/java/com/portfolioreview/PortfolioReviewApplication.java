package com.portfolioreview;

import com.portfolioreview.job.ReviewCommand;
import com.portfolioreview.job.ReviewProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring Boot application: the job, its repository and the decision history. */
@SpringBootApplication
@EnableConfigurationProperties(ReviewProperties.class)
public class PortfolioReviewApplication {

    public static void main(String[] args) {
        System.exit(ReviewCommand.run(args));
    }
}
