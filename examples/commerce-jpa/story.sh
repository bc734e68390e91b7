#!/usr/bin/env bash
# The seed story told in Java: the commerce tables are JPA entities (src/commerce/model), already migrated; a view
# is declared beside them in a SchemaDefinition; one autogenerate writes the view, upgrade applies it, check passes.
# Then Customer gains a phone field: autogenerate writes one ADD COLUMN. Last, an entity changes with no revision:
# check fails. Works on a copy of this folder, with the embedded PostgreSQL unless RETORT_URL names a database.
#   examples/commerce-jpa/story.sh [WORKDIR]
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd -P)
root="$here/../.."
retort="$root/bin/retort"
work=${1:-$(mktemp -d -t retort-commerce-jpa-XXXXXX)}
mkdir -p "$work"
cp -r "$here/retort.toml" "$here/src" "$here/migrations" "$work/"
cd "$work"

# The application's classpath, as a build plugin would supply it: retort-hibernate and the Hibernate the
# application uses (here the one retort-hibernate was built against), plus the compiled entities.
mkdir -p lib
cp "$root"/retort-hibernate/target/retort-hibernate-*[0-9T].jar lib/
tr ':' '\n' < "$root/retort-hibernate/target/hibernate.classpath" | while read -r jar; do cp "$jar" lib/; done
compile() { rm -rf classes; javac -nowarn -cp "lib/*:$root/retort-cli/target/retort.jar" -d classes $(find src -name '*.java'); }
compile

step() { printf '\n$ retort %s\n' "$*"; "$retort" "$@"; }
newest() { printf '\n--- the new revision: %s ---\n' "$(basename "$(ls -t migrations/*.sql | head -1)")"; cat "$(ls -t migrations/*.sql | head -1)"; }

step upgrade head
step revision --autogenerate -m "Created a view called order_line_items that returns order line items."
newest
step upgrade head
step check

printf '\n$ # Customer gets a phone number\n'
sed -i 's|^    private String email;|    private String email;\n\n    @Column(length = 32)\n    private String phone;|' src/commerce/model/Customer.java
compile
step revision --autogenerate -m "Customers have a phone number."
newest
step upgrade head
step check

printf '\n$ # Tag gets a colour, and nobody writes a revision\n'
sed -i 's|^    private String tagName;|    private String tagName;\n\n    private String colour;|' src/commerce/model/Tag.java
compile
if step check; then
  echo "check passed although an entity changed without a revision" >&2
  exit 1
fi
printf '\nThe story ran in %s\n' "$work"
