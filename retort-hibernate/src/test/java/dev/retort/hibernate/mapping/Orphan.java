package dev.retort.hibernate.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Orphan {
    @Id
    Long id;

    @ManyToOne
    NotAnEntity parent;

    public static class NotAnEntity {
    }
}
