# groeipad due for children born on every day of the last four years and
# around every birthday from 5 to 17, none of them seen yet: every window
# edge of the schedule and the RVP falls on today (26-11-2026), yesterday
# and tomorrow for some child (years 9 and 14: the RVP of older cohorts).  The children are clones of one demo child
# with another birth date, made with sqlite3 on the test's own copy.
# Checked for every row: "nu aan de beurt" only inside the window, "te
# laat" only after it with the right number of days.  Listed per moment and
# dose: the youngest child it is open for (its window opens today) and the
# youngest for whom it is overdue (its window closed yesterday).
"$GP" demo --db e.db --children 1 --seed 5 >/dev/null
sqlite3 e.db "
  UPDATE children SET status = 'verhuisd';
  WITH RECURSIVE day(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM day WHERE n < 1461),
  years(y) AS (VALUES (5), (6), (7), (9), (10), (11), (12), (13), (14), (15), (17)),
  near(k) AS (VALUES (-2), (-1), (0), (1), (2)),
  births(b) AS (SELECT date('2026-11-26', '-' || n || ' days') FROM day
                UNION SELECT date('2026-11-26', '-' || y || ' years', k || ' days')
                FROM years, near)
  INSERT INTO children (id, client_no, given_names, family_name, sort_key, sort_no,
                        search_names, sex, birth_date, status, version, created_at,
                        updated_at)
  SELECT randomblob(16), 200000 + row_number() OVER (ORDER BY b), 'Rand', b, 'rand ' || b,
         24380653568000 * 262144 + row_number() OVER (ORDER BY b),
         'Rand ' || b, 2, b, 'actief', 1, 1795683600, 1795683600
  FROM births;"
sqlite3 e.db "select count(*), min(birth_date), max(birth_date) from children where status = 'actief'"
GROEIPAD_PASSWORD=demo "$GP" due --db e.db --user demo --format csv </dev/null >due.csv
echo "exit $?"
tr -d '\r' <due.csv | awk -F';' '
  function day(s,   d, m, y, a) {   # dd-mm-jjjj -> day number
    d = substr(s, 1, 2) + 0; m = substr(s, 4, 2) + 0; y = substr(s, 7, 4) + 0
    a = int((14 - m) / 12); y = y + 4800 - a; m = m + 12 * a - 3
    return d + int((153 * m + 2) / 5) + 365 * y + int(y / 4) - int(y / 100) + int(y / 400)
  }
  NR == 1 { today = day("26-11-2026"); next }
  {
    rows++
    item = $6 ($7 != "" ? " " $7 : "")
    from = day($9); until = day($11); born = day($3)
    if ($8 == "nu aan de beurt") {
      due++
      if (from > today || until < today || $12 != 0) { bad++; print "wrong: " $0 }
    } else if ($8 == "te laat") {
      late++
      if (until >= today || $12 != today - until) { bad++; print "wrong: " $0 }
    } else { bad++; print "state? " $0 }
    if (!(item in open) || born > openborn[item]) { open[item] = $9; openborn[item] = born; ob[item] = $3 }
    if ($8 == "te laat" && (!(item in over) || born > overborn[item])) {
      over[item] = $11; overborn[item] = born; vb[item] = $3
    }
  }
  END {
    printf "%d rows: %d due, %d overdue, %d wrong\n", rows, due, late, bad + 0
    printf "%-18s %-22s %s\n", "item", "youngest open: born/from", "youngest overdue: born/until"
    for (it in open)
      printf "%-18s %s %s  %s %s\n", it, ob[it], open[it], vb[it], over[it] | "LC_ALL=C sort"
    close("LC_ALL=C sort")
  }'
