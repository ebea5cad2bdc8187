package com.portfolioreview;

import com.portfolioreview.launch.ReviewCommand;
import com.portfolioreview.job.ReviewProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring Boot application: the job, its repository and the decision history. */
@SpringBootApplication
@EnableConfigurationProperties(ReviewProperties.class)
public class PortfolioReviewApplication {

    public static void main(String[] args) {
        quietAboutOutOfMemoryInOtherThreads();
        System.exit(ReviewCommand.run(args));
    }

    /**
     * When the heap runs out, any thread may be the one that fails first (a lock watchdog, a pool's
     * housekeeper): one line says so, and the run itself reports the error once, with what to do
     * (raise -Xmx through JAVA_OPTS). Other uncaught errors keep their stack trace: they are defects.
     */
    private static void quietAboutOutOfMemoryInOtherThreads() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                System.out.println("portfolio-review: thread " + thread.getName() + " ran out of memory");
            } else if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace();
            }
        });
    }
}
