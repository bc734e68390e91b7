package dev.retort.hibernate.model;

import jakarta.persistence.Entity;

@Entity
public class ParcelShipment extends Shipment {
    Integer weightGrams;
}
