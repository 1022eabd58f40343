# Import → export round trip of BDS JSON: every child of a demo database
# exported with --identity, imported into a new database, and exported
# again gives the same elements and values (the reference aside: the new
# dossiers have their own ids); imported again, nothing changes.  Exported
# without identity (what JAMES gets) and imported into the same database,
# every child is matched by its reference and nothing changes either.
export GROEIPAD_PASSWORD=demo
"$GP" demo --db a.db --children 150 --seed 8 >/dev/null
. "$ROOT/tests/cli/lib.sh"
nurse_db b.db demo demo-wachtwoord
"$GP" export --db a.db --user demo all --format bds --identity -o a.ndjson </dev/null
GROEIPAD_PASSWORD=demo-wachtwoord "$GP" import --db b.db --user demo a.ndjson </dev/null | tail -n 3
GROEIPAD_PASSWORD=demo-wachtwoord "$GP" export --db b.db --user demo all --format bds --identity -o b.ndjson </dev/null
/usr/bin/python3 - a.ndjson b.ndjson <<'PY'
import json, sys
def load(path):
    out = []
    for line in open(path):
        d = json.loads(line)
        d.pop("reference")
        out.append(json.dumps(d, sort_keys=True, ensure_ascii=False))
    return sorted(out)
a, b = load(sys.argv[1]), load(sys.argv[2])
same = sum(1 for x, y in zip(a, b) if x == y)
print(f"{len(a)} exported, {len(b)} after import and export, {same} the same")
elements = sum(len(json.loads(x)["clientDetails"]) + sum(len(m["values"]) for m in json.loads(x)["clientMeasurements"]) + len(json.loads(x)["nestedDetails"]) for x in a)
print(f"{elements} elements and values compared")
PY
GROEIPAD_PASSWORD=demo-wachtwoord "$GP" import --db b.db --user demo a.ndjson </dev/null | tail -n 2
GROEIPAD_PASSWORD=demo-wachtwoord "$GP" check --db b.db
echo "--- what JAMES gets (no names, no BSN), back into the same database"
"$GP" export --db a.db --user demo all --format bds -o j.ndjson </dev/null
grep -c '"bdsNumber":7,' j.ndjson
"$GP" import --db a.db --user demo j.ndjson </dev/null | tail -n 2
echo "--- ... and into an empty one: refused, the children cannot be named"
nurse_db c.db demo demo-wachtwoord
GROEIPAD_PASSWORD=demo-wachtwoord "$GP" import --db c.db --user demo j.ndjson </dev/null >c.log; echo "exit $?"
head -n 2 c.log; tail -n 1 c.log
echo "--- one child as one file, into a new database"
nurse_db d.db demo demo-wachtwoord
"$GP" export --db a.db --user demo child 100009 --format bds --bds-version 3.1 --identity -o one.json </dev/null
GROEIPAD_PASSWORD=demo-wachtwoord "$GP" import --db d.db --user demo one.json </dev/null | tail -n 2
GROEIPAD_PASSWORD=demo-wachtwoord "$GP" export --db d.db --user demo child 100001 --format bds --bds-version 3.1 --identity -o back.json </dev/null
grep -v reference one.json | cmp - "$(grep -v reference back.json >back2.json; echo back2.json)" && echo "the same elements and values"
