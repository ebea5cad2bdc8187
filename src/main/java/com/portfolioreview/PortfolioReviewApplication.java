package com.portfolioreview;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PortfolioReviewApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(PortfolioReviewApplication.class, args);
    }
}
