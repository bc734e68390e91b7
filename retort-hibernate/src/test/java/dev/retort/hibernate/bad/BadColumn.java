package dev.retort.hibernate.bad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class BadColumn {
    @Id
    Long id;

    @Column(columnDefinition = "moneyy")
    String amount;
}
