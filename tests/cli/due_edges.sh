# groeipad due for children born on every day of the last four years and
# around every birthday from 5 to 17, none of them seen yet: every window
# edge of the schedule and the RVP falls on today (26-11-2026), yesterday
# and tomorrow for some child (years 9 and 14: the RVP of older cohorts).
# The children are clones of one demo child with another birth date, made
# with sqlite3 on the test's own copy; three more copies of the young ones
# had their first, first two or first three doses of each series on time.
# Checked for every row: "nu aan de beurt" only inside the window, "te
# laat" only after it with the right number of days, "inhalen" only after
# the late period, and today always between the row's "sinds" and "tot en
# met".  Listed per vaccine dose and moment: the youngest child for whom it
# is due (its window opened today), overdue (late since today) and in
# catch-up (since today).
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
  FROM births;
  -- Three more copies of the children of the last four years: copy k had
  -- doses 1..k of each series on the day it was planned (the default
  -- 2-3-5-11/12 months variant), so the windows of the later doses (by age
  -- and by interval) have their edges on today too.
  WITH RECURSIVE day(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM day WHERE n < 1461),
  copies(k) AS (VALUES (1), (2), (3))
  INSERT INTO children (id, client_no, given_names, family_name, sort_key, sort_no,
                        search_names, sex, birth_date, status, version, created_at,
                        updated_at)
  SELECT randomblob(16), 300000 + k * 10000 + n, 'Prik' || k,
         date('2026-11-26', '-' || n || ' days'), 'prik' || k || ' ' || n,
         24380653568001 * 262144 + k * 10000 + n, 'Prik' || k, 1,
         date('2026-11-26', '-' || n || ' days'), 'actief', 1, 1795683600, 1795683600
  FROM day, copies;
  WITH plan(vaccine, dose, age) AS (VALUES
    ('DKTP-Hib-HepB', 1, '+56 days'), ('DKTP-Hib-HepB', 2, '+3 months'),
    ('DKTP-Hib-HepB', 3, '+5 months'), ('Pneu', 1, '+3 months'), ('Pneu', 2, '+5 months'),
    ('Rota', 1, '+56 days'), ('Rota', 2, '+3 months'), ('BMR', 1, '+14 months'),
    ('MenACWY', 1, '+14 months'))
  INSERT INTO vaccinations (id, child_seq, vaccinated_on, vaccine, dose_no, given, created_at,
                            updated_at)
  SELECT randomblob(16), c.seq, date(c.birth_date, p.age), p.vaccine, p.dose, 1, 1795683600,
         1795683600
  FROM children c JOIN plan p ON p.dose <= substr(c.given_names, 5, 1) + 0
  WHERE c.given_names LIKE 'Prik%' AND date(c.birth_date, p.age) < '2026-11-26';"
sqlite3 e.db "select count(*), min(birth_date), max(birth_date) from children where status = 'actief'"
GROEIPAD_PASSWORD=demo "$GP" due --db e.db --user demo --format csv </dev/null >due.csv
echo "exit $?"
tr -d '\r' <due.csv | awk -F';' '
  function day(s,   d, m, y, a) {   # dd-mm-jjjj -> day number
    d = substr(s, 1, 2) + 0; m = substr(s, 4, 2) + 0; y = substr(s, 7, 4) + 0
    a = int((14 - m) / 12); y = y + 4800 - a; m = m + 12 * a - 3
    return d + int((153 * m + 2) / 5) + 365 * y + int(y / 4) - int(y / 100) + int(y / 400)
  }
  function wrong(why) { bad++; print "wrong (" why "): " $0 }
  function youngest(arr, barr, darr, val) {   # keep the youngest child per item
    if (!(item in arr) || born > barr[item]) { arr[item] = val; barr[item] = born; darr[item] = $3 }
  }
  NR == 1 { today = day("26-11-2026"); next }
  {
    rows++
    item = $6 ($7 != "" ? " " $7 : "")
    from = day($9); latest = day($11); born = day($3); since = day($13); till = day($14)
    if (since > today || till < today) wrong("today outside since..until")
    if ($8 == "nu aan de beurt") {
      due++
      if (from > today || latest < today || $12 != 0) wrong("window")
      if (since != from || till != latest) wrong("since/until of a due row")
      youngest(open, openb, opend, $9)
    } else if ($8 == "te laat") {
      late++
      if (latest >= today || $12 != today - latest) wrong("days late")
      if (since != latest + 1) wrong("late since")
      youngest(over, overb, overd, $13)
    } else if ($8 == "inhalen") {
      catch++
      if (latest >= today || $12 != today - latest) wrong("days late")
      if (since <= latest + 1) wrong("catch-up straight after latest")
      youngest(cu, cub, cud, $13)
    } else wrong("state")
    items[item] = 1
  }
  END {
    printf "%d rows: %d due, %d overdue, %d catch-up, %d wrong\n", rows, due, late, catch, bad + 0
    printf "%-11s %-21s %-21s %s\n", "item", "youngest due:", "youngest overdue:", "youngest catch-up:"
    printf "%-11s %-21s %-21s %s\n", "", "born/window opened", "born/late since", "born/since"
    for (it in items)
      printf "%-11s %-21s %-21s %s\n", it, (it in open) ? opend[it] " " open[it] : "-",
             (it in over) ? overd[it] " " over[it] : "-",
             (it in cu) ? cud[it] " " cu[it] : "-" | "LC_ALL=C sort"
    close("LC_ALL=C sort")
  }'
