package dev.retort.hibernate.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Check;

@Entity
@Table(schema = "shop", name = "orders",
        uniqueConstraints = @UniqueConstraint(name = "orders_reference_key", columnNames = "reference"))
@Check(name = "orders_total_positive", constraints = "total >= 0")
public class PurchaseOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_seq")
    @SequenceGenerator(name = "orders_seq", schema = "shop", sequenceName = "order_numbers", allocationSize = 10)
    long orderId;

    @Column(nullable = false, length = 40)
    String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    OrderStatus status;

    @Enumerated(EnumType.ORDINAL)
    OrderStatus previousStatus;

    @Column(precision = 12, scale = 2)
    BigDecimal total;

    @Column(columnDefinition = "jsonb")
    String details;

    @ManyToMany
    Set<Product> products;

    @ElementCollection
    @CollectionTable(schema = "shop", name = "order_notes")
    @Column(name = "note", length = 500)
    List<String> notes;
}
