package com.example.shop;

import dev.retort.declared.PgView;
import dev.retort.declared.SchemaBuilder;
import dev.retort.declared.SchemaDefinition;

/** The shop's views, declared in Java beside the tables of src/main/resources/db/schema. */
public final class ShopViews implements SchemaDefinition {
    @Override
    public void define(SchemaBuilder schema) {
        schema.add(new PgView("public", "order_totals",
                "SELECT o.customer_id, count(*) AS orders, sum(o.total) AS total FROM public.orders o GROUP BY o.customer_id"));
    }
}
