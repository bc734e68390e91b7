package dev.retort.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Comment;

@Entity
@Table(schema = "shop", name = "customers", indexes = @Index(columnList = "createdAt"))
@Comment("People who buy")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long customerId;

    @Column(nullable = false, length = 120)
    String customerName;

    @Column(nullable = false, unique = true)
    String email;

    @Comment("When the customer signed up")
    OffsetDateTime createdAt;

    @Embedded
    Address address;
}
