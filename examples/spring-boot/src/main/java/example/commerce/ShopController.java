package example.commerce;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /orders}, {@code GET /orders/{id}/lines}, {@code GET /customers}. */
@RestController
public class ShopController {
    private final Shop shop;

    public ShopController(Shop shop) {
        this.shop = shop;
    }

    /** An order request: who, and the products (name to unit price), each {@code count} times. */
    public record OrderRequest(String customerName, String email, Map<String, BigDecimal> products, int count) {
    }

    @PostMapping("/orders")
    public Map<String, Object> order(@RequestBody OrderRequest request) {
        int id = shop.order(request.customerName(), request.email(), new LinkedHashMap<>(request.products()),
                request.count());
        return Map.of("orderId", id);
    }

    @GetMapping("/orders/{id}/lines")
    public List<Map<String, Object>> lines(@PathVariable("id") int id) {
        return shop.lines(id);
    }

    @GetMapping("/customers")
    public List<Map<String, Object>> customers() {
        return shop.customers().stream()
                .map(c -> Map.<String, Object>of("id", c.getId(), "name", c.getName(), "email", c.getEmail()))
                .toList();
    }
}
