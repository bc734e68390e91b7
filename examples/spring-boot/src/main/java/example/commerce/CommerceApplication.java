package example.commerce;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The commerce model as a Spring Boot application. Nothing here mentions Retort: the starter on the classpath
 * migrates the database from {@code src/main/resources/db/retort} before JPA starts, so Hibernate's
 * {@code ddl-auto=validate} passes on an empty database.
 */
@SpringBootApplication
public class CommerceApplication {
    public static void main(String[] args) {
        SpringApplication.run(CommerceApplication.class, args);
    }
}
