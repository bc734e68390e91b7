#!/usr/bin/env python3
"""Writes a declared-schema folder (one .sql file per object group) for the benchmarks, deterministic by seed.

  bench/generate.py entities N OUT [--seed S] [--changed]   commerce tables + N entities
  bench/generate.py tables   T OUT [--seed S] [--changed]   T tables, ~10 objects each
  bench/generate.py jpa      N OUT                           N JPA entities (src/) and the same tables as SQL

--changed writes the variant with 10% of the entities (or tables) changed, chosen by the seed.
Files are named so that path order is also a valid creation order (the floor concatenates them for psql).
"""
import argparse
import os
import random

COMMERCE = """\
CREATE TABLE customers (
    customer_id serial PRIMARY KEY,
    customer_name text NOT NULL,
    email text NOT NULL UNIQUE
);
CREATE TABLE products (
    product_id serial PRIMARY KEY,
    product_name text NOT NULL,
    description text,
    price numeric(10, 2) NOT NULL CHECK (price >= 0)
);
CREATE TABLE tags (
    tag_id serial PRIMARY KEY,
    tag_name text NOT NULL UNIQUE
);
CREATE TABLE orders (
    order_id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (customer_id),
    order_date timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE order_products (
    order_id integer NOT NULL REFERENCES orders (order_id),
    product_id integer NOT NULL REFERENCES products (product_id),
    product_count integer NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, product_id)
);
CREATE TABLE product_tags (
    product_id integer NOT NULL REFERENCES products (product_id),
    tag_id integer NOT NULL REFERENCES tags (tag_id),
    PRIMARY KEY (product_id, tag_id)
);
"""
TRIGGER_TABLES = ["customers", "products", "tags", "orders"]


def write(out, rel, text):
    path = os.path.join(out, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def changed_set(count, seed):
    """The indexes (of 0..count-1) changed in the 10% variant."""
    rng = random.Random(seed)
    return set(rng.sample(range(count), max(1, count // 10)))


def entities(n, out, seed, changed):
    """Commerce tables plus n entities: n/2 views, n/4 functions, n/8 triggers, n/8 materialized views."""
    rng = random.Random(seed)
    n_views, n_funcs, n_trig = n // 2, n // 4, n // 8
    n_mat = n - n_views - n_funcs - n_trig
    chg = changed_set(n, seed + 1) if changed else set()
    k = iter(range(n))  # entity number, in the order below, for choosing the changed 10%
    write(out, "00_tables/commerce.sql", COMMERCE)
    # Functions: even ones are trigger functions (one per trigger), the others alternate sql and plpgsql.
    scalar_funcs = []
    for j in range(n_funcs):
        c = 2 if next(k) in chg else 1
        name = f"fn_{j:05d}"
        if j % 2 == 0:
            body = (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                    f"    NEW := NEW;  -- version {c}\n    IF TG_OP = 'UPDATE' AND {j} < {c} THEN\n"
                    f"        RAISE NOTICE '{name} %', TG_OP;\n    END IF;\n    RETURN NEW;\nEND\n$$;\n")
        elif j % 4 == 1:
            body = (f"CREATE FUNCTION {name}(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$\n"
                    f"    SELECT amount * {c} + {j}\n$$;\n")
            scalar_funcs.append(name)
        else:
            body = (f"CREATE FUNCTION {name}(amount numeric) RETURNS numeric LANGUAGE plpgsql STABLE AS $$\n"
                    f"BEGIN\n    IF amount IS NULL THEN\n        RETURN {c};\n    END IF;\n"
                    f"    RETURN round(amount * {c}, 2) + {j};\nEND\n$$;\n")
            scalar_funcs.append(name)
        write(out, f"10_functions/{name}.sql", body)
    # Views: every third over an earlier view, every fourth calling a function, the rest over the tables.
    for i in range(n_views):
        c = 2 if next(k) in chg else 1
        name = f"vw_{i:05d}"
        if i % 3 == 2:
            base = f"vw_{rng.randrange(i):05d}"
            sql = (f"CREATE VIEW {name} AS\nSELECT b.order_id, b.customer_id, b.total * {c} AS total\n"
                   f"FROM {base} b\nWHERE b.total > {i % 50};\n")
        elif i % 4 == 1 and scalar_funcs:
            fn = scalar_funcs[rng.randrange(len(scalar_funcs))]
            sql = (f"CREATE VIEW {name} AS\nSELECT o.order_id, o.customer_id, {fn}(sum(op.product_count * p.price)) * {c} AS total\n"
                   f"FROM orders o\nJOIN order_products op ON op.order_id = o.order_id\n"
                   f"JOIN products p ON p.product_id = op.product_id\nGROUP BY o.order_id, o.customer_id;\n")
        else:
            sql = (f"CREATE VIEW {name} AS\nSELECT o.order_id, o.customer_id, sum(op.product_count * p.price) * {c} AS total\n"
                   f"FROM orders o\nJOIN order_products op ON op.order_id = o.order_id\n"
                   f"JOIN products p ON p.product_id = op.product_id\nWHERE p.price > {i % 100}\n"
                   f"GROUP BY o.order_id, o.customer_id;\n")
        write(out, f"20_views/{name}.sql", sql)
    for i in range(n_mat):
        c = 2 if next(k) in chg else 1
        name = f"mv_{i:05d}"
        sql = (f"CREATE MATERIALIZED VIEW {name} AS\nSELECT c.customer_id, count(o.order_id) * {c} AS orders\n"
               f"FROM customers c\nLEFT JOIN orders o ON o.customer_id = c.customer_id\n"
               f"WHERE c.customer_id % {i + 2} = 0\nGROUP BY c.customer_id;\n")
        write(out, f"30_matviews/{name}.sql", sql)
    for i in range(n_trig):
        c = next(k) in chg
        name = f"tg_{i:05d}"
        table = TRIGGER_TABLES[i % len(TRIGGER_TABLES)]
        events = "INSERT OR UPDATE" if c else "INSERT"
        sql = f"CREATE TRIGGER {name} BEFORE {events} ON {table}\nFOR EACH ROW EXECUTE FUNCTION fn_{2 * i:05d}();\n"
        write(out, f"40_triggers/{name}.sql", sql)


def tables(t, out, seed, changed):
    """t tables, each with an enum, 7 columns (identity key, foreign key to the previous table, unique, check),
    an index and a comment; every tenth also with a view, a trigger function and a trigger."""
    chg = changed_set(t, seed + 1) if changed else set()
    for i in range(t):
        c = i in chg
        name = f"t_{i:05d}"
        fk = f"REFERENCES t_{i - 1:05d} (id)" if i > 0 else ""
        extra = ",\n    note text" if c else ""
        sql = (f"CREATE TYPE {name}_status AS ENUM ('new', 'active', 'archived');\n"
               f"CREATE TABLE {name} (\n"
               f"    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
               f"    parent_id bigint {fk},\n"
               f"    code varchar(32) NOT NULL UNIQUE,\n"
               f"    name text NOT NULL,\n"
               f"    status {name}_status NOT NULL DEFAULT 'new',\n"
               f"    amount numeric(12, 2) CHECK (amount >= {1 if c else 0}),\n"
               f"    created_at timestamptz NOT NULL DEFAULT now(){extra}\n);\n"
               f"CREATE INDEX {name}_name_idx ON {name} (name);\n"
               f"COMMENT ON TABLE {name} IS 'Generated table {i}{' (changed)' if c else ''}';\n")
        if i % 10 == 9:
            sql += (f"CREATE VIEW {name}_live AS\nSELECT id, code, name, amount FROM {name} WHERE status <> 'archived';\n"
                    f"CREATE FUNCTION {name}_touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                    f"    NEW.created_at := now();\n    RETURN NEW;\nEND\n$$;\n"
                    f"CREATE TRIGGER {name}_touch BEFORE UPDATE ON {name}\n"
                    f"FOR EACH ROW EXECUTE FUNCTION {name}_touch();\n")
        write(out, f"tables/{name}.sql", sql)


def jpa(n, out, seed, changed):
    """n JPA entity classes (src/bench/model) and the same n tables as SQL files (tables-sql/): an identity key,
    a text, a numeric, an enum as varchar and check, a timestamp, a many-to-one to the previous entity, an index."""
    write(out, "src/bench/model/Status.java", "package bench.model;\n\npublic enum Status { NEW, PAID, SHIPPED }\n")
    for i in range(n):
        parent = "" if i == 0 else f"""
    @ManyToOne
    private E{i - 1:04d} parent;
"""
        write(out, f"src/bench/model/E{i:04d}.java", f"""package bench.model;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Entity
@Table(name = "e{i:04d}", indexes = @Index(columnList = "name"))
public class E{i:04d} {{
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(precision = 10, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Status status;

    private OffsetDateTime createdAt;
{parent}}}
""")
        fk = "" if i == 0 else f",\n    parent_id bigint REFERENCES e{i - 1:04d} (id)"
        write(out, f"tables-sql/e{i:04d}.sql", f"""CREATE TABLE e{i:04d} (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name varchar(255) NOT NULL,
    amount numeric(10,2),
    status varchar(16) CHECK (status::text IN ('NEW', 'PAID', 'SHIPPED')),
    created_at timestamp(6) with time zone{fk}
);
CREATE INDEX ON e{i:04d} (name);
""")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("kind", choices=["entities", "tables", "jpa"])
    p.add_argument("n", type=int)
    p.add_argument("out")
    p.add_argument("--seed", type=int, default=8)
    p.add_argument("--changed", action="store_true")
    a = p.parse_args()
    if os.path.exists(a.out) and os.listdir(a.out):
        p.error(f"{a.out} is not empty")
    {"entities": entities, "tables": tables, "jpa": jpa}[a.kind](a.n, a.out, a.seed, a.changed)


if __name__ == "__main__":
    main()
