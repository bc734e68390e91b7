package dev.retort.hibernate.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("card")
public class CardPayment extends Payment {
    String lastFourDigits;
}
