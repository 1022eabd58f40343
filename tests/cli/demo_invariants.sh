# The demo's households make sense (issue 8).  Every line "what: N" counts
# violations and must stay 0; every line "what: ja" says a family structure
# or case the demo must show is there; "what: 1" is a yes/no check that
# holds.  One demo of 1500 children.  Growth spread and every recorded dose
# counting for the child's own schedule: tests/unit/test_demo.c.
"$GP" demo --db d.db --children 1500 --seed 11 >/dev/null || exit 1
q() { sqlite3 d.db "$1"; }
# the organisations' school level (po: basisschool, vo: secondary) from the
# demo's own list
grep -v '^#' "$ROOT/data/demo/organisaties.tsv" | awk -F'\t' 'NR > 1 { print $2 "|" $4 }' >lvl.txt
sqlite3 d.db "create table lvl (name text, level text)" ".import lvl.txt lvl"
echo "schools with a level (po or vo) in the demo's list: $(q "select count(*) > 10 from lvl where level in ('po', 'vo')")"
age="(cast(strftime('%Y', c.birth_date) as int) - cast(strftime('%Y', p.birth_date) as int)
      - (strftime('%m-%d', c.birth_date) < strftime('%m-%d', p.birth_date)))"
echo "--- parents"
echo "mother, father or co-mother under 16 or over 50 at a birth: $(q "
  select count(*) from child_parents cp join children c on c.seq = cp.child_seq
  join parents p on p.seq = cp.parent_seq
  where cp.relation in ('moeder', 'vader', 'duomoeder') and ($age < 16 or $age > 50)")"
echo "a birth mother or father who is not female or male: $(q "
  select count(*) from child_parents cp join parents p on p.seq = cp.parent_seq
  where (cp.relation = 'moeder' and p.sex <> 2) or (cp.relation = 'vader' and p.sex <> 1)")"
echo "a child with two birth mothers or two birth fathers: $(q "
  select count(*) from (select child_seq, relation from child_parents
  where relation in ('moeder', 'vader') group by 1, 2 having count(*) > 1)")"
echo "a Polish woman or girl with the male surname form (-ski), a man or boy with -ska: $(q "
  select (select count(*) from parents where (sex = 2 and family_name like '%ski')
          or (sex = 1 and family_name like '%ska'))
       + (select count(*) from children where (sex = 2 and family_name like '%ski')
          or (sex = 1 and family_name like '%ska'))")"
echo "birth parents with one family name (not 0: common names meet by chance): $(q "
  select count(distinct m.child_seq) < 0.1 * (select count(*) from children)
  from child_parents m join child_parents f on f.child_seq = m.child_seq
  join parents pm on pm.seq = m.parent_seq join parents pf on pf.seq = f.parent_seq
  where m.relation = 'moeder' and f.relation = 'vader' and pm.family_name = pf.family_name")"
echo "--- brothers and sisters (same birth mother)"
echo "born less than 9 months apart, not twins: $(q "
  with sib as (select cp.parent_seq m, c.birth_date b from child_parents cp
               join children c on c.seq = cp.child_seq where cp.relation = 'moeder')
  select count(*) from sib x join sib y on x.m = y.m and x.b < y.b
  where y.b < date(x.b, '+9 months')")"
echo "twins with different gestational ages: $(q "
  select count(*) from child_parents a join child_parents b on a.parent_seq = b.parent_seq
  and a.relation = 'moeder' and b.relation = 'moeder' and a.child_seq < b.child_seq
  join children x on x.seq = a.child_seq join children y on y.seq = b.child_seq
  where x.birth_date = y.birth_date and x.gestational_age_days is not y.gestational_age_days")"
echo "twins: $(q "select case when count(*) > 0 then 'ja' else 'nee' end from child_parents a
  join child_parents b on a.parent_seq = b.parent_seq and a.relation = 'moeder'
  and b.relation = 'moeder' and a.child_seq < b.child_seq join children x on x.seq = a.child_seq
  join children y on y.seq = b.child_seq where x.birth_date = y.birth_date")"
echo "brothers or sisters with one call name: $(q "
  select count(*) from child_parents a join child_parents b on a.parent_seq = b.parent_seq
  and a.relation = 'moeder' and b.relation = 'moeder' and a.child_seq < b.child_seq
  join children x on x.seq = a.child_seq join children y on y.seq = b.child_seq
  where x.call_name = y.call_name")"
echo "--- family structures"
yes() { q "select case when ($1) > 0 then 'ja' else 'nee' end"; }
echo "parents living together, both with gezag: $(yes "select count(*) from children c where
  (select count(*) from child_parents cp where cp.child_seq = c.seq and cp.gezag = 1 and cp.lives_with = 1) = 2")"
echo "separated, father elsewhere with gezag: $(yes "select count(*) from child_parents where
  relation = 'vader' and gezag = 1 and lives_with = 0")"
echo "separated, father elsewhere without gezag: $(yes "select count(*) from child_parents where
  relation = 'vader' and gezag = 0 and lives_with = 0")"
echo "stepfather in the house: $(yes "select count(*) from child_parents where relation = 'stiefvader'")"
echo "stepfather with gezag: $(q "select count(*) from child_parents where relation like 'stief%' and gezag = 1")"
echo "co-mother: $(yes "select count(*) from child_parents where relation = 'duomoeder'")"
echo "foster parents: $(yes "select count(*) from child_parents where relation like 'pleeg%'")"
echo "foster child, gezag with a GI (voogd_gi): $(yes "select count(*) from child_parents where relation = 'voogd_gi' and gezag = 1")"
echo "a guardian of a GI without the GI it acts for (gezag_org_seq): $(q "select count(*) from child_parents
  where relation = 'voogd_gi' and (gezag_type <> 'voogd_gi' or gezag_org_seq is null)")"
echo "foster parents with gezag: $(q "select count(*) from child_parents where relation like 'pleeg%' and gezag = 1")"
echo "a child without anyone with gezag: $(q "select count(*) from children c where not exists
  (select 1 from child_parents cp where cp.child_seq = c.seq and cp.gezag = 1)")"
echo "16 or older, not living with a parent: $(yes "select count(*) from children c where
  c.birth_date <= date('2026-11-26', '-16 years') and not exists
  (select 1 from child_parents cp where cp.child_seq = c.seq and cp.lives_with = 1)")"
echo "younger than 16, not living with anyone: $(q "select count(*) from children c where
  c.birth_date > date('2026-11-26', '-16 years') and not exists
  (select 1 from child_parents cp where cp.child_seq = c.seq and cp.lives_with = 1)")"
echo "--- town, GP and school"
echo "GP in another town: $(q "select count(*) from children c join organisations o on o.seq = c.gp_org_seq
  where o.city <> c.city")"
echo "school or childcare in another town: $(q "select count(*) from children c join organisations o
  on o.seq = c.school_org_seq where o.city <> c.city")"
echo "12 or older at a basisschool: $(q "select count(*) from children c join organisations o
  on o.seq = c.school_org_seq join lvl on lvl.name = o.name where lvl.level = 'po'
  and c.birth_date <= date('2026-10-01', '-12 years')")"
echo "younger than 4 at a school: $(q "select count(*) from children c join organisations o
  on o.seq = c.school_org_seq where o.kind = 'school' and c.birth_date > date('2026-11-26', '-4 years')")"
echo "in care without a location or a professional: $(q "select count(*) from children
  where status = 'actief' and (coalesce(location, '') = '' or professional_seq is null)")"
echo "--- contacts and vaccinations"
echo "clinic contact on a Saturday or Sunday: $(q "select count(*) from contacts
  where strftime('%w', contact_date) in ('0', '6')")"
echo "appointment on a Saturday or Sunday: $(q "select count(*) from appointments
  where strftime('%w', starts_at) in ('0', '6')")"
echo "contact or vaccination before birth or after today: $(q "select
  (select count(*) from contacts x join children c on c.seq = x.child_seq
   where x.contact_date < c.birth_date or x.contact_date > '2026-11-26') +
  (select count(*) from vaccinations v join children c on c.seq = v.child_seq
   where v.vaccinated_on < c.birth_date or v.vaccinated_on > '2026-11-26')")"
echo "hepatitis B in the infant series before the August 2011 cohort: $(q "select count(*)
  from vaccinations v join children c on c.seq = v.child_seq
  where v.vaccine = 'DKTP-Hib-HepB' and c.birth_date < '2011-08-01' and v.given = 1
  and v.vaccinated_on < date(c.birth_date, '+2 years')")"
echo "MenACWY at 14 months for a MenC cohort (born before March 2017): $(q "select count(*)
  from vaccinations v join children c on c.seq = v.child_seq where v.vaccine = 'MenACWY'
  and c.birth_date < '2017-03-01' and v.vaccinated_on < date(c.birth_date, '+5 years')")"
echo "MenC for a cohort from March 2017: $(q "select count(*) from vaccinations v join children c
  on c.seq = v.child_seq where v.vaccine = 'MenC' and c.birth_date >= '2017-03-01'")"
echo "HPV for a boy born before 2008, or for anyone before 9: $(q "select count(*) from vaccinations v
  join children c on c.seq = v.child_seq where v.vaccine = 'HPV' and v.given = 1
  and ((c.sex = 1 and c.birth_date < '2008-01-01') or v.vaccinated_on < date(c.birth_date, '+9 years'))")"
echo "DKT, or BMR 2 before 9, for a cohort before 2021/2022: $(q "select count(*) from vaccinations v
  join children c on c.seq = v.child_seq where v.given = 1 and
  ((v.vaccine = 'DKT' and c.birth_date < '2021-01-01') or
   (v.vaccine = 'BMR' and v.dose_no = 2 and c.birth_date < '2022-01-01'
    and v.vaccinated_on < date(c.birth_date, '+8 years')))")"
echo "rotavirus or RSV for a cohort before their start: $(q "select count(*) from vaccinations v
  join children c on c.seq = v.child_seq where (v.vaccine = 'Rota' and c.birth_date < '2024-01-01')
  or (v.vaccine = 'RSV' and c.birth_date < '2025-04-01')")"
echo "first infant dose before 6 weeks: $(q "select count(*) from vaccinations v join children c
  on c.seq = v.child_seq where v.vaccine like 'DKTP-Hib%' and v.given = 1
  and v.vaccinated_on < date(c.birth_date, '+42 days')")"
echo "a given vaccination without batch or site: $(q "select count(*) from vaccinations
  where given = 1 and (coalesce(batch, '') = '' or coalesce(site, '') = '')")"
echo "a rotavirus dose not by mouth: $(q "select count(*) from vaccinations
  where vaccine = 'Rota' and given = 1 and site <> 'oraal'")"
echo "objection recorded: $(yes "select count(*) from vaccinations where reason_not_given = 'bezwaar'")"
echo "doses given elsewhere before coming into care: $(yes "select count(*) from vaccinations
  where reason_not_given = 'elders_gegeven'")"
echo "--- growth (the spread of the z-scores, above +2 and below -2 SD: tests/unit/test_demo.c)"
echo "weights outside 0.4-150 kg or lengths outside 35-210 cm: $(q "select count(*) from measurements
  where weight_g not between 400 and 150000 or length_mm not between 350 and 2100")"
