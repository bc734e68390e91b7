package dev.retort.hibernate.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(schema = "shop")
public class DigitalProduct extends Product {
    String downloadUrl;
}
