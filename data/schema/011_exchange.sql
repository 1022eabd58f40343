-- 011_exchange.sql — what exports and imports need (issue 11).
--
-- 1. children.postcode_area: the 4 digits of a postcode (BDS 16 as BDS JSON
--    and JAMES carry it) when the letters are not known, e.g. for a child
--    that came in from a BDS JSON file.  Empty as soon as a whole postcode
--    is stored (src/child.c), so the two never disagree.
-- 2. parents.language becomes a code from data/codes/taal.tsv (ISO 639-1:
--    'nl', 'tr', 'ar', 'pl', …), so the parent's copy of the kindoverzicht
--    can be written in the parent's language.  Names typed before in Dutch
--    or English ("Turks", "Turkish") are turned into their code; anything
--    else stays as it was typed and shows as such until someone picks the
--    language from the list.

ALTER TABLE children ADD COLUMN postcode_area TEXT
  CHECK (postcode_area IS NULL OR (length(postcode_area) = 4 AND
         postcode_area GLOB '[1-9][0-9][0-9][0-9]'));

UPDATE parents SET language = CASE lower(trim(language))
    WHEN 'nederlands' THEN 'nl' WHEN 'dutch' THEN 'nl'
    WHEN 'engels' THEN 'en' WHEN 'english' THEN 'en'
    WHEN 'turks' THEN 'tr' WHEN 'turkish' THEN 'tr' WHEN 'türkçe' THEN 'tr'
    WHEN 'arabisch' THEN 'ar' WHEN 'arabic' THEN 'ar'
    WHEN 'pools' THEN 'pl' WHEN 'polish' THEN 'pl' WHEN 'polski' THEN 'pl'
    WHEN 'berbers' THEN 'ber' WHEN 'tamazight' THEN 'ber'
    WHEN 'duits' THEN 'de' WHEN 'german' THEN 'de'
    WHEN 'frans' THEN 'fr' WHEN 'french' THEN 'fr'
    WHEN 'spaans' THEN 'es' WHEN 'spanish' THEN 'es'
    WHEN 'portugees' THEN 'pt' WHEN 'portuguese' THEN 'pt'
    WHEN 'papiaments' THEN 'pap' WHEN 'papiamento' THEN 'pap'
    WHEN 'somalisch' THEN 'so' WHEN 'somali' THEN 'so'
    WHEN 'tigrinya' THEN 'ti'
    WHEN 'oekraïens' THEN 'uk' WHEN 'ukrainian' THEN 'uk'
    WHEN 'russisch' THEN 'ru' WHEN 'russian' THEN 'ru'
    WHEN 'vietnamees' THEN 'vi' WHEN 'vietnamese' THEN 'vi'
    WHEN 'chinees' THEN 'zh' WHEN 'chinese' THEN 'zh'
    WHEN 'perzisch' THEN 'fa' WHEN 'farsi' THEN 'fa' WHEN 'persian' THEN 'fa'
    WHEN 'bulgaars' THEN 'bg' WHEN 'bulgarian' THEN 'bg'
    WHEN 'roemeens' THEN 'ro' WHEN 'romanian' THEN 'ro'
    ELSE language END
  WHERE language IS NOT NULL;

-- 3. The municipal report over a year (src/report.c) reads every given dose,
--    the contacts of the period and, per child in a moment's age window,
--    whether that moment took place.  Four indexes get the columns those
--    reads need, so they are answered from the index alone instead of a
--    look-up in the table per row (docs/performance.md has the figures; the
--    100,000-child file grows by about 4%).  `due` reads the same columns of
--    contacts and vaccinations.  The columns in front are unchanged, so
--    every other use stays as it was.
DROP INDEX IF EXISTS children_birth;
CREATE INDEX children_birth ON children(birth_date, status, gestational_age_days, registered_on);
DROP INDEX IF EXISTS contacts_child;
CREATE INDEX contacts_child ON contacts(child_seq, contact_date, schedule_moment, status_code);
DROP INDEX IF EXISTS contacts_date;
CREATE INDEX contacts_date ON contacts(contact_date, kind_code, status_code);
DROP INDEX IF EXISTS vaccinations_child;
CREATE INDEX vaccinations_child ON vaccinations(child_seq, vaccinated_on, vaccine, dose_no, given);
