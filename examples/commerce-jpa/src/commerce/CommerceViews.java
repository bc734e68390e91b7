package commerce;

import dev.retort.declared.PgView;
import dev.retort.declared.SchemaBuilder;
import dev.retort.declared.SchemaDefinition;

/** The views of the commerce model, declared beside the entities (the blog's db_views.py). */
public final class CommerceViews implements SchemaDefinition {
    static final PgView ORDER_LINE_ITEMS = new PgView("public", "order_line_items", """
            select op.order_id,
                   op.product_id,
                   op.product_count,
                   p.product_name,
                   p.description,
                   p.price as unit_price,
                   op.product_count * p.price as order_price
            from order_products op
            join products p on op.product_id = p.product_id
            """);

    @Override
    public void define(SchemaBuilder schema) {
        schema.add(ORDER_LINE_ITEMS);
    }
}
