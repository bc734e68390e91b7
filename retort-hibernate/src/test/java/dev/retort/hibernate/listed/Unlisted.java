package dev.retort.hibernate.listed;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Unlisted {
    @Id
    Integer id;
}
