CREATE TABLE product_tags (
    product_id integer NOT NULL REFERENCES products (product_id),
    tag_id integer NOT NULL REFERENCES tags (tag_id),
    PRIMARY KEY (product_id, tag_id)
);
