CREATE TABLE tags (
    tag_id serial PRIMARY KEY,
    tag_name text NOT NULL UNIQUE
);
