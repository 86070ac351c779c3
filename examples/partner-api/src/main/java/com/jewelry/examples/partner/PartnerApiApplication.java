package com.jewelry.examples.partner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The API partner jewellers send their customers' orders to. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnerApiApplication.class, args);
    }
}
