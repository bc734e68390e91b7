package dev.retort.spring.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A JPA application: its entities are in this package, its migrations in classpath:db/retort. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {
}
