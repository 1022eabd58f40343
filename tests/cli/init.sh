# init makes a new database with a first beheerder; it never overwrites.
GROEIPAD_PASSWORD=geheimwoord1 "$GP" init --db new.db --user anna --name "Anna de Vries" </dev/null; echo "exit $?"
sqlite3 new.db "select username, display_name, role, password_hash like '\$argon2id\$%' from accounts"
stat -c '%a' new.db
GROEIPAD_PASSWORD=geheimwoord1 "$GP" init --db new.db --user anna </dev/null; echo "exit $?"
"$GP" init --db other.db --user anna </dev/null; echo "exit $?"
GROEIPAD_PASSWORD=x "$GP" init --db other.db --user anna </dev/null; echo "exit $?"
# docs/product.md §8: at least 10 characters, and not the user name
GROEIPAD_PASSWORD=negentekn "$GP" init --db other.db --user anna </dev/null; echo "exit $?"
GROEIPAD_PASSWORD=AnnaDeVries "$GP" init --db other.db --user annadevries </dev/null; echo "exit $?"
GROEIPAD_PASSWORD=geheimwoord1 "$GP" init --db other.db </dev/null; echo "exit $?"
GROEIPAD_PASSWORD=geheimwoord1 "$GP" init --db no/such/dir/x.db --user anna </dev/null; echo "exit $?"
ls
# the default database lives under $XDG_DATA_HOME
GROEIPAD_PASSWORD=geheimwoord1 "$GP" init --user anna </dev/null | sed "s|$PWD|.|"; echo "exit $?"
ls xdg/groeipad
