package dev.retort.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    String streetLine;
    @Column(length = 10)
    String postCode;
}
