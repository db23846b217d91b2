package se.bilaga1;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Bilaga 1 indicator warehouse: a batch ETL started from the command line (see jobs/). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Bilaga1Application {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(Bilaga1Application.class, args)));
    }
}
