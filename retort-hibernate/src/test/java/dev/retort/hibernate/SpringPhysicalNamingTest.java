package dev.retort.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spring Boot's physical names, as CamelCaseToUnderscoresNamingStrategy gives them. */
class SpringPhysicalNamingTest {
    @Test
    void camelCaseBecomesUnderscoresInLowerCase() {
        assertThat(SpringPhysicalNaming.underscored("createdAt")).isEqualTo("created_at");
        assertThat(SpringPhysicalNaming.underscored("OrderLineItem")).isEqualTo("order_line_item");
        assertThat(SpringPhysicalNaming.underscored("address.postCode")).isEqualTo("address_post_code");
        assertThat(SpringPhysicalNaming.underscored("line2Total")).isEqualTo("line2_total");
        assertThat(SpringPhysicalNaming.underscored("HTTPStatus")).isEqualTo("httpstatus");
        assertThat(SpringPhysicalNaming.underscored("already_snake")).isEqualTo("already_snake");
    }
}
