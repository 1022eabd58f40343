# BDS JSON that JAMES reads: every child of the demo database (make run), as Format 3.0 and 3.1, with
# and without --identity, validated against both schemas of bdsreader
# (tests/bds-json, Debian's python3-jsonschema); a broken document is
# caught (the check can fail).  Then the facts bdsreader takes from it,
# compared with the database: the mother's birth date under nestingCode
# "02" (the code bdsreader reads as mother), her height as 238, the
# father's under "01" and 240, sex, birth date, PC4 and every measurement.
export GROEIPAD_PASSWORD=demo
"$GP" demo --db d.db --children 500 --seed 1 >/dev/null   # the demo of `make run`
v="/usr/bin/python3 $ROOT/tests/bds-json/validate.py"
s30="$ROOT/tests/bds-json/bds_v3.0.json" s31="$ROOT/tests/bds-json/bds_v3.1.json"
"$GP" export --db d.db --user demo all --format bds -o all30.ndjson </dev/null
"$GP" export --db d.db --user demo all --format bds --bds-version 3.1 -o all31.ndjson </dev/null
"$GP" export --db d.db --user demo all --format bds --identity -o id30.ndjson </dev/null
"$GP" export --db d.db --user demo all --format bds --bds-version 3.1 --identity -o id31.ndjson </dev/null
wc -l all30.ndjson | cut -d' ' -f1
sqlite3 d.db "select count(*) from children"
for f in all30 all31 id30 id31; do
  echo "--- $f against 3.0 and 3.1"
  $v "$s30" $f.ndjson; $v "$s31" $f.ndjson
done
echo "--- one child, laid out; a folder with a file per child"
"$GP" export --db d.db --user demo child 100007 --format bds -o one.json </dev/null
$v "$s30" one.json; $v "$s31" one.json
"$GP" export --db d.db --user demo all --format bds -o dir </dev/null
ls dir | wc -l
stat -c '%a' dir dir/100007.json
$v "$s30" dir/*.json | tail -n 1
echo "--- a broken document is caught"
sed 's/"bdsNumber":19,"value":"1"/"bdsNumber":19,"value":"5"/; s/"bdsNumber":20,"value":"\([0-9]*\)"/"bdsNumber":20,"value":"x\1"/' all30.ndjson | head -n 3 >broken.ndjson
$v "$s30" broken.ndjson; echo "exit $?"
echo "--- the facts bdsreader reads, against the database"
sqlite3 -separator '	' d.db "select hex(c.id), c.sex, replace(c.birth_date, '-', ''), substr(c.postcode, 1, 4),
  coalesce((select replace(p.birth_date, '-', '') || ' ' || coalesce(p.height_mm, '') from child_parents l join parents p on p.seq = l.parent_seq where l.child_seq = c.seq and l.relation = 'moeder'), ''),
  coalesce((select replace(p.birth_date, '-', '') || ' ' || coalesce(p.height_mm, '') from child_parents l join parents p on p.seq = l.parent_seq where l.child_seq = c.seq and l.relation = 'vader'), ''),
  (select count(*) from measurements m where m.child_seq = c.seq and m.length_mm is not null),
  (select count(*) from measurements m where m.child_seq = c.seq and m.weight_g is not null),
  (select count(*) from measurements m where m.child_seq = c.seq and m.head_mm is not null)
  from children c" >facts.tsv
/usr/bin/python3 - all30.ndjson facts.tsv <<'PY'
import json, sys
docs = {}
for line in open(sys.argv[1]):
    d = json.loads(line)
    docs[d["reference"].replace("-", "").upper()] = d
checked = wrong = 0
for row in open(sys.argv[2]):
    cid, sex, birth, pc4, mother, father, nlen, nwt, nhead = row.rstrip("\n").split("\t")
    d = docs[cid]
    det = {x["bdsNumber"]: x["value"] for x in d["clientDetails"]}
    nest = {g["nestingCode"]: {x["bdsNumber"]: x["value"] for x in g["clientDetails"]}
            for g in d["nestedDetails"]}
    meas = {m["bdsNumber"]: len(m["values"]) for m in d["clientMeasurements"]}
    want = [(det.get(19), sex), (det.get(20), birth), (det.get(16), pc4 or None),
            (meas.get(235, 0), int(nlen)), (meas.get(245, 0), int(nwt)), (meas.get(252, 0), int(nhead))]
    for code, bio, height in (("02", mother, 238), ("01", father, 240)):
        if bio:
            b, h = bio.split(" ")
            want += [(nest.get(code, {}).get(63), b), (det.get(height), int(h) if h else None)]
        else:
            want += [(code in nest, False)]
    for got, exp in want:
        checked += 1
        if got != exp:
            wrong += 1
            print("child", cid, "has", got, "expected", exp)
print(f"{len(docs)} children, {checked} facts checked, {wrong} wrong")
PY
