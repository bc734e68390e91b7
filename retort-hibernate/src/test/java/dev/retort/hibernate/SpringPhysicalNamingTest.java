package dev.retort.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.api.Test;

/**
 * Spring Boot's physical names: Spring Boot's default physical strategy is Hibernate's
 * CamelCaseToUnderscoresNamingStrategy, which ours must match on the Hibernate under test.
 */
class SpringPhysicalNamingTest {
    private static final List<String> NAMES = List.of("createdAt", "OrderLineItem", "address.postCode", "line2Total",
            "HTTPStatus", "already_snake", "x", "aB", "URLValue", "v2", "customer_ID", "\u00e9tatCivil", "a1B2c3", "a2Bc",
            "aB2c", "x9Y9", "aBcDE", "getURLName");

    @Test
    void camelCaseBecomesUnderscoresInLowerCase() {
        assertThat(SpringPhysicalNaming.underscored("createdAt")).isEqualTo("created_at");
        assertThat(SpringPhysicalNaming.underscored("OrderLineItem")).isEqualTo("order_line_item");
        assertThat(SpringPhysicalNaming.underscored("address.postCode")).isEqualTo("address_post_code");
        assertThat(SpringPhysicalNaming.underscored("HTTPStatus")).isEqualTo("httpstatus");
    }

    @Test
    void matchesHibernatesCamelCaseToUnderscoresStrategy() {
        CamelCaseToUnderscoresNamingStrategy hibernate = new CamelCaseToUnderscoresNamingStrategy();
        SpringPhysicalNaming ours = new SpringPhysicalNaming();
        for (String name : NAMES) {
            for (boolean quoted : new boolean[] {false, true}) {
                Identifier id = new Identifier(name, quoted);
                assertThat(ours.toPhysicalColumnName(id, null)).as(name + (quoted ? " quoted" : ""))
                        .isEqualTo(hibernate.toPhysicalColumnName(id, null));
                assertThat(ours.toPhysicalTableName(id, null)).isEqualTo(hibernate.toPhysicalTableName(id, null));
            }
        }
    }
}
