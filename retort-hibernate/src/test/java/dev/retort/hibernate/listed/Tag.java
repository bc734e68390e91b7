package dev.retort.hibernate.listed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "tags")
public class Tag {
    @Id
    Integer tagId;

    @Column(nullable = false, unique = true)
    String tagName;
}
