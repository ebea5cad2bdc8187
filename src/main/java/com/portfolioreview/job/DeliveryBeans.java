package com.portfolioreview.job;

import com.portfolioreview.delivery.Delivery;
import com.portfolioreview.delivery.DeliveryLedger;
import com.portfolioreview.delivery.DeliverySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import java.util.LinkedHashMap;
import java.util.Map;

/** The delivery of SPEC §5 made from {@code review.delivery.*} and Spring Boot's {@code spring.mail.*}. */
@Configuration(proxyBeanMethods = false)
public class DeliveryBeans {

    @Bean
    public DeliveryLedger deliveryLedger(JdbcTemplate jdbc) {
        return new DeliveryLedger(jdbc);
    }

    @Bean
    public Delivery delivery(ReviewProperties properties, ObjectProvider<JavaMailSender> mail, DeliveryLedger ledger) {
        return new Delivery(settings(properties.delivery()), mail.getIfAvailable(), ledger);
    }

    static DeliverySettings settings(ReviewProperties.Delivery d) {
        Map<String, java.util.List<String>> units = new LinkedHashMap<>();
        d.businessUnits().forEach((unit, u) -> units.put(unit, u.to()));
        return new DeliverySettings(d.from(), d.portfolioTo(), units, d.ownerNotices(),
                (long) d.maxAttachmentMb() << 20);
    }
}
