package example.commerce;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Orders through JPA; order lines read from the {@code order_line_items} view through JDBC. */
@Service
public class Shop {
    @PersistenceContext
    private EntityManager entities;
    private final JdbcTemplate jdbc;

    public Shop(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One order of {@code count} times each product, for a new or existing customer; returns the order's id. */
    @Transactional
    public int order(String customerName, String email, Map<String, BigDecimal> productPrices, int count) {
        Customer customer = entities.createQuery("select c from Customer c where c.email = :email", Customer.class)
                .setParameter("email", email).getResultStream().findFirst().orElse(null);
        if (customer == null) {
            customer = new Customer(customerName, email);
            entities.persist(customer);
        }
        CustomerOrder order = new CustomerOrder(customer);
        entities.persist(order);
        entities.flush();
        for (Map.Entry<String, BigDecimal> p : productPrices.entrySet()) {
            Product product = new Product(p.getKey(), null, p.getValue());
            entities.persist(product);
            entities.flush();
            jdbc.update("INSERT INTO order_products (order_id, product_id, product_count) VALUES (?, ?, ?)",
                    order.getId(), product.getId(), count);
        }
        return order.getId();
    }

    /** The lines of an order, from the view. */
    public List<Map<String, Object>> lines(int orderId) {
        return jdbc.queryForList("SELECT product_name, product_count, unit_price, order_price"
                + " FROM order_line_items WHERE order_id = ? ORDER BY product_name", orderId);
    }

    /** The customers, through JPA. */
    public List<Customer> customers() {
        return entities.createQuery("select c from Customer c order by c.id", Customer.class).getResultList();
    }
}
