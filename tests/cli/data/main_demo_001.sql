-- A database made by the main branch's groeipad before migration 004 (schema 001,
-- text UUIDs and local-time text timestamps): `groeipad demo --children 3
-- --seed 4` with GROEIPAD_TODAY=2026-11-26, then `sqlite3 FILE .dump`, plus
-- the two PRAGMAs .dump leaves out.  tests/cli/migrate.sh upgrades it.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO settings VALUES('database_id','01a23ce2-cc89-71c0-9fc8-83a2a6ce2804');
INSERT INTO settings VALUES('demo','1');
CREATE TABLE accounts (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('beheerder', 'jeugdarts',
                  'jeugdverpleegkundige', 'verpleegkundig_specialist', 'assistent')),
  password_hash TEXT NOT NULL,            -- Argon2id, libsodium crypto_pwhash_str
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  TEXT,                     -- login throttling
  last_login_at TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
INSERT INTO accounts VALUES('01a21715-4680-7b08-99c1-ebff8960be7d','demo','Demo Verpleegkundige','beheerder','$argon2id$v=19$m=65536,t=2,p=1$kRBuhB6koAXzgqd6TAU2xw$lwJdW0iPqitgnn1SbpIocqhFJD6ZdR8PXSE2p9lOCFs',1,0,0,NULL,NULL,1,'2026-11-26T09:00:00','2026-11-26T09:00:00');
CREATE TABLE organisations (
  id             TEXT PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('wijkteam', 'huisarts', 'poh_ggz',
                   'school', 'kinderopvang', 'jgz_4_18', 'jeugdhulp', 'veilig_thuis',
                   'verloskundige', 'kraamzorg', 'overig')),
  name           TEXT NOT NULL,
  contact_person TEXT,
  phone          TEXT,
  email          TEXT,
  street         TEXT,
  house_number   TEXT,
  postcode       TEXT,
  city           TEXT,
  contracted     INTEGER NOT NULL DEFAULT 1 CHECK (contracted IN (0, 1)),
  notes          TEXT,
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  created_by     TEXT REFERENCES accounts(id),
  updated_at     TEXT NOT NULL,
  updated_by     TEXT REFERENCES accounts(id)
);
INSERT INTO organisations VALUES('01a21715-4681-74c0-b44c-700ca5bffb38','huisarts','Huisartsenpraktijk De Linde',NULL,'030-1805331',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4682-7405-af43-23b8c64c3bd2','huisarts','Huisartsen Oudwijk',NULL,'030-9736492',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4683-769b-a9db-4aaeb7f8936f','huisarts','Gezondheidscentrum Overvecht',NULL,'030-2456958',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4684-77c5-a4fb-d1bed83fe4cc','huisarts','Huisartsenpraktijk Schothorst',NULL,'030-2641042',NULL,NULL,NULL,NULL,'Amersfoort',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4685-73f1-8222-38545c8a46fd','huisarts','Praktijk Zuilenstein',NULL,'030-9212215',NULL,NULL,NULL,NULL,'Nieuwegein',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4686-780c-8eb1-3afb1963e862','huisarts','Huisartsen Kerckebosch',NULL,'030-9789378',NULL,NULL,NULL,NULL,'Zeist',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4687-7155-ab6f-54bba8635c33','huisarts','Huisartsenpraktijk ''t Goy',NULL,'030-2771091',NULL,NULL,NULL,NULL,'Houten',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4688-7bb9-883c-db5d0a0f066b','huisarts','Huisartsen Dragonder',NULL,'030-7839212',NULL,NULL,NULL,NULL,'Veenendaal',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4689-71be-b2fb-d9b539db6330','school','Basisschool De Regenboog',NULL,'030-3623090',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-468a-71a0-9cc9-63dec06b5807','school','OBS Het Kompas',NULL,'030-8366017',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-468b-7a20-9b7c-b6b7ff1f371a','school','Al-Amana basisschool',NULL,'030-1949691',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-468c-7330-9db5-ec8ab020da19','school','De Wonderboom',NULL,'030-4774621',NULL,NULL,NULL,NULL,'Amersfoort',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-468d-73d4-b1dd-40e599f7bae5','school','CBS De Fontein',NULL,'030-1339923',NULL,NULL,NULL,NULL,'Nieuwegein',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-468e-7c5a-9e97-00fee94536e4','school','Montessorischool Zeist',NULL,'030-7610813',NULL,NULL,NULL,NULL,'Zeist',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-468f-79e6-ad54-31d2686a5a58','school','De Zwaluw',NULL,'030-6659559',NULL,NULL,NULL,NULL,'Houten',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4690-7b47-853d-2d7a55176825','school','Het Palet',NULL,'030-1616660',NULL,NULL,NULL,NULL,'Veenendaal',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4691-701c-868f-ff398765d2d2','school','Christelijk Lyceum Zeist',NULL,'030-9817682',NULL,NULL,NULL,NULL,'Zeist',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4692-7144-8f4c-a0846de12e6d','school','Amadeus Lyceum',NULL,'030-9270079',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4693-7f50-8d3f-9617c6c69783','kinderopvang','Kinderopvang Ukkepuk',NULL,'030-1997050',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4694-73d1-8dbb-e43a43488f98','kinderopvang','Peuteropvang Dikkertje Dap',NULL,'030-3710151',NULL,NULL,NULL,NULL,'Amersfoort',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4695-7342-ae59-c7b85467a66b','wijkteam','Buurtteam Jeugd en Gezin Overvecht',NULL,'030-2907497',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4696-7926-9b1f-a708e5a934e2','wijkteam','Sociaal Wijkteam Amersfoort Noord',NULL,'030-8576827',NULL,NULL,NULL,NULL,'Amersfoort',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4697-781b-b42c-05f057b3fae8','wijkteam','Jeugdteam Nieuwegein',NULL,'030-8273482',NULL,NULL,NULL,NULL,'Nieuwegein',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4698-7762-9a9a-b5d1ad28c264','poh_ggz','POH-GGZ Jeugd Utrecht Oost',NULL,'030-8244513',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-4699-71e8-a1f2-10de8f09454c','jgz_4_18','JGZ 4-18 regio Utrecht',NULL,'030-7195950',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-469a-70e5-8b48-584c68316df8','jeugdhulp','Jeugdhulp De Opvoedpoli',NULL,'030-1621732',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-469b-7d8f-a657-c19e9e31f319','veilig_thuis','Veilig Thuis Utrecht',NULL,'030-9738961',NULL,NULL,NULL,NULL,'Utrecht',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-469c-7a91-ae33-6cb60da4a64e','verloskundige','Verloskundigenpraktijk Het Nest',NULL,'030-4074637',NULL,NULL,NULL,NULL,'Zeist',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO organisations VALUES('01a21715-469d-7835-a6ab-faeebd217273','kraamzorg','Kraamzorg De Wieg',NULL,'030-9739967',NULL,NULL,NULL,NULL,'Amersfoort',1,NULL,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
CREATE TABLE children (
  seq              INTEGER PRIMARY KEY,       -- stable row number; the search index refers to it
  id               TEXT NOT NULL UNIQUE,
  client_no        INTEGER NOT NULL UNIQUE,   -- the short number people use
  bsn              TEXT UNIQUE,               -- BDS 7; 9 digits, elfproef checked
  given_names      TEXT NOT NULL,             -- voornamen
  call_name        TEXT,                      -- roepnaam
  tussenvoegsel    TEXT,                      -- van, de, van der; ignored in sorting
  family_name      TEXT NOT NULL,             -- achternaam
  sort_key         TEXT NOT NULL,             -- folded family + given names (no tussenvoegsel)
  search_names     TEXT NOT NULL,             -- every name, as written and folded
  sex              INTEGER NOT NULL DEFAULT 0 CHECK (sex IN (0, 1, 2, 3)), -- BDS 19
  birth_date       TEXT NOT NULL,             -- BDS 20
  gestational_age_days INTEGER CHECK (gestational_age_days BETWEEN 140 AND 315), -- BDS 82
  birth_weight_g   INTEGER CHECK (birth_weight_g BETWEEN 200 AND 7000),          -- BDS 110
  street           TEXT,
  house_number     TEXT,
  postcode         TEXT,                      -- BDS 16; '1234 AB'
  city             TEXT,
  phone            TEXT,
  gp_org_id        TEXT REFERENCES organisations(id),     -- huisarts
  school_org_id    TEXT REFERENCES organisations(id),     -- school or kinderopvang
  registered_on    TEXT,                      -- in our care since (moved in later?)
  rvp_variant      TEXT,                      -- RVP schema chosen by the jeugdarts
  status           TEXT NOT NULL DEFAULT 'actief'
                     CHECK (status IN ('actief', 'verhuisd', 'overleden', 'gearchiveerd')),
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  created_by       TEXT REFERENCES accounts(id),
  updated_at       TEXT NOT NULL,
  updated_by       TEXT REFERENCES accounts(id)
);
INSERT INTO children VALUES(1,'01a21715-46a0-782f-ba9e-c360e2ace7ea',100001,'999900006','Esmee Liv Vera','Esmee','de','Bruijn','bruijnesmee liv vera','Esmee Liv Vera Esmee de Bruijn esmee liv vera esmee de bruijn',2,'2013-10-07',286,3565,'Zuidstedeweg','139','3433 JX','Nieuwegein','06-72954937','01a21715-4687-7155-ab6f-54bba8635c33','01a21715-4690-7b47-853d-2d7a55176825',NULL,NULL,'actief',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO children VALUES(2,'01a21715-46e3-7874-bef3-e0ccabe69057',100002,'999900018','Sophie','Sophie','de','Bruijn','bruijnsophie','Sophie Sophie de Bruijn sophie sophie de bruijn',2,'2016-10-09',288,3765,'Zuidstedeweg','139','3433 JX','Nieuwegein','06-72954937','01a21715-4687-7155-ab6f-54bba8635c33','01a21715-468c-7330-9db5-ec8ab020da19','2020-01-09',NULL,'actief',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO children VALUES(3,'01a21715-46f5-7939-99fb-fa39f1c4e77e',100003,'999900031','Esmee Ilse Fenna','Esmee','de','Bruijn','bruijnesmee ilse fenna','Esmee Ilse Fenna Esmee de Bruijn esmee ilse fenna esmee de bruijn',2,'2018-08-26',235,2003,'Zuidstedeweg','139','3433 JX','Nieuwegein','06-72954937','01a21715-4687-7155-ab6f-54bba8635c33','01a21715-4689-71be-b2fb-d9b539db6330',NULL,NULL,'actief',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
CREATE TABLE parents (
  id            TEXT PRIMARY KEY,
  given_names   TEXT NOT NULL,
  tussenvoegsel TEXT,
  family_name   TEXT NOT NULL,
  sex           INTEGER NOT NULL DEFAULT 0 CHECK (sex IN (0, 1, 2, 3)),
  birth_date    TEXT,                         -- BDS 63 (parent's birth date)
  bsn           TEXT,
  phone         TEXT,
  email         TEXT,
  street        TEXT,
  house_number  TEXT,
  postcode      TEXT,
  city          TEXT,
  language      TEXT,                         -- language spoken at home
  height_mm     INTEGER CHECK (height_mm BETWEEN 1000 AND 2300), -- BDS 238/240 when biological
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  created_by    TEXT REFERENCES accounts(id),
  updated_at    TEXT NOT NULL,
  updated_by    TEXT REFERENCES accounts(id)
);
INSERT INTO parents VALUES('01a21715-469e-719a-9b56-22e04d94685f','Elin','de','Boer',2,'1994-10-26',NULL,'06-72954937',NULL,'Zuidstedeweg','139','3433 JX','Nieuwegein',NULL,1639,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO parents VALUES('01a21715-469f-7681-a357-e55421294f07','Ruben','de','Bruijn',1,'1994-11-26',NULL,'06-72954937',NULL,'Zuidstedeweg','139','3433 JX','Nieuwegein',NULL,1949,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
CREATE TABLE child_parents (
  id         TEXT PRIMARY KEY,
  child_id   TEXT NOT NULL REFERENCES children(id),
  parent_id  TEXT NOT NULL REFERENCES parents(id),
  relation   TEXT NOT NULL,                   -- BDS 62: 01 biologische moeder, 02 biologische vader, …
  gezag      INTEGER NOT NULL DEFAULT 0 CHECK (gezag IN (0, 1)), -- parental authority
  lives_with INTEGER NOT NULL DEFAULT 1 CHECK (lives_with IN (0, 1)),
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES accounts(id),
  updated_at TEXT NOT NULL,
  updated_by TEXT REFERENCES accounts(id),
  UNIQUE (child_id, parent_id)
);
INSERT INTO child_parents VALUES('01a21715-46a1-7a01-ade5-98fb985721fb','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-469e-719a-9b56-22e04d94685f','01',1,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO child_parents VALUES('01a21715-46a2-7a91-88c2-eded2a7e7196','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-469f-7681-a357-e55421294f07','02',1,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO child_parents VALUES('01a21715-46e4-73c2-b474-2f6f7f0b56b9','01a21715-46e3-7874-bef3-e0ccabe69057','01a21715-469e-719a-9b56-22e04d94685f','01',1,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO child_parents VALUES('01a21715-46e5-721f-b456-3d7fafb89b3b','01a21715-46e3-7874-bef3-e0ccabe69057','01a21715-469f-7681-a357-e55421294f07','02',1,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO child_parents VALUES('01a21715-46f6-71fd-bafe-16b2046477f1','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-469e-719a-9b56-22e04d94685f','01',1,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO child_parents VALUES('01a21715-46f7-75ac-ad2e-e055c1246682','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-469f-7681-a357-e55421294f07','02',1,1,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
CREATE TABLE appointments (
  id           TEXT PRIMARY KEY,
  child_id     TEXT NOT NULL REFERENCES children(id),
  starts_at    TEXT NOT NULL,                 -- 'YYYY-MM-DDTHH:MM'
  duration_min INTEGER NOT NULL DEFAULT 15,
  kind_code    TEXT,                          -- BDS 494, planned kind of contact
  location     TEXT,
  account_id   TEXT REFERENCES accounts(id),  -- with whom
  status       TEXT NOT NULL DEFAULT 'gepland'
                 CHECK (status IN ('gepland', 'geweest', 'afgezegd', 'niet_verschenen')),
  note         TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  created_by   TEXT REFERENCES accounts(id),
  updated_at   TEXT NOT NULL,
  updated_by   TEXT REFERENCES accounts(id)
);
CREATE TABLE contacts (
  id              TEXT PRIMARY KEY,
  child_id        TEXT NOT NULL REFERENCES children(id),
  contact_date    TEXT NOT NULL,
  contact_time    TEXT,                       -- 'HH:MM'
  kind_code       TEXT NOT NULL,              -- BDS 494 soort activiteit
  form_code       TEXT,                       -- BDS 1577 vorm
  status_code     TEXT NOT NULL,              -- BDS 1605 status (01 gerealiseerd, 02–07 niet)
  schedule_moment TEXT,                       -- moment code from data/schedule
  location        TEXT,
  professional_id TEXT REFERENCES accounts(id),
  present         TEXT,                       -- who was present
  conclusion      TEXT,                       -- BDS 482 conclusie
  agreements      TEXT,
  next_step       TEXT CHECK (next_step IN ('volgend_contact', 'extra_contact',
                    'overdracht', 'geen')),
  next_contact_on TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  created_by      TEXT REFERENCES accounts(id),
  updated_at      TEXT NOT NULL,
  updated_by      TEXT REFERENCES accounts(id)
);
INSERT INTO contacts VALUES('01a21715-46a3-71b2-9778-9babfee3f157','01a21715-46a0-782f-ba9e-c360e2ace7ea','2013-10-11','15:30','35','06','01','gehoor','thuis','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en oma','Groei en ontwikkeling naar verwachting.','Volgend contact volgens het schema.','volgend_contact','2013-10-21',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46a6-7e0b-9945-184c0239ea0d','01a21715-46a0-782f-ba9e-c360e2ace7ea','2013-10-15','13:40','01','06','01','hielprik','thuis','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en vader','Groei en ontwikkeling naar verwachting.','Volgend contact volgens het schema.','volgend_contact','2013-10-21',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46a7-7cef-be69-d84bedc0aaf3','01a21715-46a0-782f-ba9e-c360e2ace7ea','2013-10-23','16:30','37','06','01','hb2w','thuis','01a21715-4680-7b08-99c1-ebff8960be7d','vader','Huidje droog; advies over verzorging gegeven.','Volgend contact volgens het schema.','volgend_contact','2013-11-04',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46aa-7f84-a4d3-6b7e5887689f','01a21715-46a0-782f-ba9e-c360e2ace7ea','2013-11-10','11:20','37','03','01','m4w','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en vader','Gezond kind dat de eigen groeilijn volgt.','Volgend contact volgens het schema.','volgend_contact','2013-12-02',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46ad-768a-b42a-cd8aff22dcf7','01a21715-46a0-782f-ba9e-c360e2ace7ea','2013-12-08','11:50','37','03','01','m8w','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','vader','Goede groei; de voeding verloopt goed.','Volgend contact volgens het schema.','volgend_contact','2014-01-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46b0-7b2c-b19a-c78e33d323d8','01a21715-46a0-782f-ba9e-c360e2ace7ea','2014-01-10','11:30','37','03','01','m3m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','vader','Groei en ontwikkeling naar verwachting.','Volgend contact volgens het schema.','volgend_contact','2014-02-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46b4-787f-8b6f-6ef0e2a563ca','01a21715-46a0-782f-ba9e-c360e2ace7ea','2014-02-17','09:30','37','03','01','m4m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en oma','Ouders hebben vragen over slapen; adviezen over ritme gegeven.','Volgend contact volgens het schema.','volgend_contact','2014-04-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46b9-789b-b995-bee2e295592c','01a21715-46a0-782f-ba9e-c360e2ace7ea','2014-04-11','11:40','37','03','01','m6m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en oma','Groei en ontwikkeling naar verwachting.','Volgend contact volgens het schema.','volgend_contact','2014-05-22',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46bb-7f93-aa39-f837034cac0d','01a21715-46a0-782f-ba9e-c360e2ace7ea','2014-05-28','15:50','38','03','01','m7.5m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Goede groei; de voeding verloopt goed.','Volgend contact volgens het schema.','volgend_contact','2014-07-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46bd-7982-bc22-be26ab07aa3d','01a21715-46a0-782f-ba9e-c360e2ace7ea','2014-07-07','10:30','38','03','01','m9m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','vader','Huidje droog; advies over verzorging gegeven.','Volgend contact volgens het schema.','volgend_contact','2014-09-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46c0-797a-8b34-c9fb0b90fd9b','01a21715-46a0-782f-ba9e-c360e2ace7ea','2014-09-12','16:20','38','03','01','m11m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en vader','Huidje droog; advies over verzorging gegeven.','Volgend contact volgens het schema.','volgend_contact','2014-12-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46c5-7456-8445-2f310ca1d453','01a21715-46a0-782f-ba9e-c360e2ace7ea','2014-12-16','10:30','39','03','01','m14m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en oma','Gezond kind, speelt graag; geen zorgen bij ouders.','Volgend contact volgens het schema.','volgend_contact','2015-04-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46ca-7675-8d23-2014afc80566','01a21715-46a0-782f-ba9e-c360e2ace7ea','2015-04-13','11:10','39','03','01','m18m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','vader','Gezond kind, speelt graag; geen zorgen bij ouders.','Volgend contact volgens het schema.','volgend_contact','2015-10-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46cd-73fe-9202-88e9754cd72e','01a21715-46a0-782f-ba9e-c360e2ace7ea','2015-10-10','16:50','39','03','01','m2j','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Ouders vragen naar zindelijkheid; voorlichting gegeven.','Volgend contact volgens het schema.','volgend_contact','2016-10-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46d0-76c5-a6e0-bc94c9eef881','01a21715-46a0-782f-ba9e-c360e2ace7ea','2016-10-05','12:40','39','03','01','m3j','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Groei en ontwikkeling naar verwachting.','Volgend contact volgens het schema.','volgend_contact','2017-07-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46d2-7c68-b0d4-4b67b5ce883e','01a21715-46a0-782f-ba9e-c360e2ace7ea','2017-07-16','13:40','39','03','01','m3j9m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Groei en ontwikkeling naar verwachting.','Volgend contact volgens het schema.','volgend_contact','2019-04-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46d5-71ab-8b06-c88441c8aa02','01a21715-46a0-782f-ba9e-c360e2ace7ea','2017-10-11','15:30','40','03','01',NULL,'Vaccinatielocatie Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Vaccinatie volgens het RVP.',NULL,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46d7-7c8e-a6e5-6fbde1fa4cbb','01a21715-46a0-782f-ba9e-c360e2ace7ea','2019-04-04','14:40','40','03','01','groep2','school','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Gezond; geen zorgen bij ouders of school.','Volgend contact volgens het schema.','volgend_contact','2024-04-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46da-71be-8f0a-ff46b813f010','01a21715-46a0-782f-ba9e-c360e2ace7ea','2022-10-07','10:00','40','03','01',NULL,'Vaccinatielocatie Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Vaccinatie volgens het RVP.',NULL,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46dd-78f7-9f85-34614d97543e','01a21715-46a0-782f-ba9e-c360e2ace7ea','2023-10-13','10:20','40','03','01',NULL,'Vaccinatielocatie Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Vaccinatie volgens het RVP.',NULL,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46df-7acd-8757-a66dd58b3e86','01a21715-46a0-782f-ba9e-c360e2ace7ea','2024-04-16','10:20','40','03','01','groep7','school','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Gezond; geen zorgen bij ouders of school.','Volgend contact volgens het schema.','volgend_contact','2027-04-07',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46e6-743d-84dd-d317278f35bd','01a21715-46e3-7874-bef3-e0ccabe69057','2020-01-09','14:50','39','03','01','m3j','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','vader','Gezond kind, speelt graag; geen zorgen bij ouders.','Volgend contact volgens het schema.','volgend_contact','2020-07-09',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46e8-75a0-b991-5525c06518c2','01a21715-46e3-7874-bef3-e0ccabe69057','2020-07-19','09:00','39','03','01','m3j9m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en vader','Ontwikkeling leeftijdsadequaat.','Volgend contact volgens het schema.','volgend_contact','2022-04-09',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46eb-7d4c-b4e6-ebdfdd5d8520','01a21715-46e3-7874-bef3-e0ccabe69057','2020-10-10','10:30','40','03','01',NULL,'Vaccinatielocatie Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Vaccinatie volgens het RVP.',NULL,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46ed-74c8-af2b-f33376af4a34','01a21715-46e3-7874-bef3-e0ccabe69057','2022-04-16','10:50','40','03','01','groep2','school','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Gezond; geen zorgen bij ouders of school.','Volgend contact volgens het schema.','volgend_contact','2027-04-09',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46f0-7368-9720-f0971831d364','01a21715-46e3-7874-bef3-e0ccabe69057','2025-10-10','12:10','40','03','01',NULL,'Vaccinatielocatie Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Vaccinatie volgens het RVP.',NULL,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46f3-726b-a2bd-438cb876d1ec','01a21715-46e3-7874-bef3-e0ccabe69057','2026-10-15','08:20','40','03','01',NULL,'Vaccinatielocatie Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Vaccinatie volgens het RVP.',NULL,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46f8-7fb8-8d3c-763f1b5a5531','01a21715-46f5-7939-99fb-fa39f1c4e77e','2018-08-30','12:50','35','06','01','gehoor','thuis','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Huidje droog; advies over verzorging gegeven.','Volgend contact volgens het schema.','volgend_contact','2018-09-09',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46fb-77f0-a721-90aa24b4b64c','01a21715-46f5-7939-99fb-fa39f1c4e77e','2018-09-04','10:10','01','06','01','hielprik','thuis','01a21715-4680-7b08-99c1-ebff8960be7d','vader','Ouders hebben vragen over slapen; adviezen over ritme gegeven.','Volgend contact volgens het schema.','volgend_contact','2018-09-09',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46fc-7bd7-831f-724b4b2cc772','01a21715-46f5-7939-99fb-fa39f1c4e77e','2018-09-08','09:50','37','06','01','hb2w','thuis','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en vader','Goede groei; de voeding verloopt goed.','Volgend contact volgens het schema.','volgend_contact','2018-09-23',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-46ff-7ba6-8b59-d4bfb6513a81','01a21715-46f5-7939-99fb-fa39f1c4e77e','2018-09-21','08:20','37','03','01','m4w','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Huidje droog; advies over verzorging gegeven.','Volgend contact volgens het schema.','volgend_contact','2018-10-21',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4702-795e-8fd2-283a9b4d755d','01a21715-46f5-7939-99fb-fa39f1c4e77e','2018-10-30','13:10','37','03','01','m8w','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en vader','Gezond kind dat de eigen groeilijn volgt.','Volgend contact volgens het schema.','volgend_contact','2018-11-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4705-7cbe-a2fa-731418fdff80','01a21715-46f5-7939-99fb-fa39f1c4e77e','2018-12-05','14:30','37','03','01','m3m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en oma','Goede groei; de voeding verloopt goed.','Volgend contact volgens het schema.','volgend_contact','2018-12-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4709-7731-b99f-b9f7afc987d1','01a21715-46f5-7939-99fb-fa39f1c4e77e','2018-12-26','08:20','37','03','01','m4m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','vader','Gezond kind dat de eigen groeilijn volgt.','Volgend contact volgens het schema.','volgend_contact','2019-02-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-470b-7050-a806-44e6402dbc91','01a21715-46f5-7939-99fb-fa39f1c4e77e','2019-01-27','11:30','37','03','01',NULL,'Vaccinatielocatie Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en vader','Vaccinatie volgens het RVP.',NULL,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-470e-77fe-a4a6-fb9ebdfcb310','01a21715-46f5-7939-99fb-fa39f1c4e77e','2019-03-07','08:40','37','03','01','m6m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Groei en ontwikkeling naar verwachting.','Volgend contact volgens het schema.','volgend_contact','2019-04-10',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4710-7b09-8049-127aa82ad4d0','01a21715-46f5-7939-99fb-fa39f1c4e77e','2019-04-12','11:50','38','03','01','m7.5m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en oma','Groei en ontwikkeling naar verwachting.','Volgend contact volgens het schema.','volgend_contact','2019-05-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4712-713c-9017-1ea41b5f78c7','01a21715-46f5-7939-99fb-fa39f1c4e77e','2019-05-29','10:00','38','03','01','m9m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Gezond kind dat de eigen groeilijn volgt.','Volgend contact volgens het schema.','volgend_contact','2019-07-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4714-7db7-97e7-0f61a8160448','01a21715-46f5-7939-99fb-fa39f1c4e77e','2019-07-29','14:50','38','03','01','m11m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','vader','Ouders hebben vragen over slapen; adviezen over ritme gegeven.','Volgend contact volgens het schema.','volgend_contact','2019-10-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4718-7688-8349-985bea0fb768','01a21715-46f5-7939-99fb-fa39f1c4e77e','2019-10-25','14:10','39','03','01','m14m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en vader','Taalontwikkeling iets langzaam; over drie maanden opnieuw bekijken.','Volgend contact volgens het schema.','volgend_contact','2020-02-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-471d-771c-b22f-c79b8567c637','01a21715-46f5-7939-99fb-fa39f1c4e77e','2020-02-23','09:10','39','03','01','m18m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Gezond kind, speelt graag; geen zorgen bij ouders.','Volgend contact volgens het schema.','volgend_contact','2020-08-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-471f-75ed-8699-cd815b520fe2','01a21715-46f5-7939-99fb-fa39f1c4e77e','2020-09-05','13:30','39','03','01','m2j','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Gezond kind, speelt graag; geen zorgen bij ouders.','Volgend contact volgens het schema.','volgend_contact','2021-08-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4721-787a-9f6d-ce65d1276992','01a21715-46f5-7939-99fb-fa39f1c4e77e','2021-08-23','10:40','39','03','01','m3j','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder','Groei en ontwikkeling naar verwachting.','Volgend contact volgens het schema.','volgend_contact','2022-05-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4723-7ccc-a759-86cfddf60c92','01a21715-46f5-7939-99fb-fa39f1c4e77e','2022-06-05','08:10','39','03','01','m3j9m','Consultatiebureau Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','moeder en oma','Groei en ontwikkeling naar verwachting.','Volgend contact volgens het schema.','volgend_contact','2024-02-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4726-7af8-b6cc-b883d6ef26da','01a21715-46f5-7939-99fb-fa39f1c4e77e','2022-08-29','16:30','40','03','01',NULL,'Vaccinatielocatie Nieuwegein','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Vaccinatie volgens het RVP.',NULL,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO contacts VALUES('01a21715-4728-7e19-9f5c-9508e3a90a61','01a21715-46f5-7939-99fb-fa39f1c4e77e','2024-02-27','09:30','40','03','01','groep2','school','01a21715-4680-7b08-99c1-ebff8960be7d','kind en moeder','Gezond; geen zorgen bij ouders of school.','Volgend contact volgens het schema.','volgend_contact','2029-02-26',1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
CREATE TABLE contact_professionals (
  contact_id TEXT NOT NULL REFERENCES contacts(id),
  account_id TEXT NOT NULL REFERENCES accounts(id),
  PRIMARY KEY (contact_id, account_id)
);
CREATE TABLE contact_observations (
  id         TEXT PRIMARY KEY,
  contact_id TEXT NOT NULL REFERENCES contacts(id),
  domain     TEXT NOT NULL,
  text       TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  UNIQUE (contact_id, domain)
);
INSERT INTO contact_observations VALUES('01a21715-46a4-7415-95f2-1060921be1f8','01a21715-46a3-71b2-9778-9babfee3f157','gehoor','Neonatale gehoorscreening: beiderzijds voldoende.',1);
INSERT INTO contact_observations VALUES('01a21715-46a5-75f5-b65b-a320d1d463c8','01a21715-46a3-71b2-9778-9babfee3f157','voeding','Borstvoeding gaat goed.',1);
INSERT INTO contact_observations VALUES('01a21715-46a9-74b7-ba46-3e9fe98a1306','01a21715-46a7-7cef-be69-d84bedc0aaf3','voeding','Borstvoeding gaat goed.',1);
INSERT INTO contact_observations VALUES('01a21715-46ac-7ef3-b55d-7e9bb0a17f6a','01a21715-46aa-7f84-a4d3-6b7e5887689f','ogen','Rode reflex beiderzijds aanwezig, oogstand symmetrisch.',1);
INSERT INTO contact_observations VALUES('01a21715-46b8-781f-b4df-b1d52a53d924','01a21715-46b4-787f-8b6f-6ef0e2a563ca','voeding','Flesvoeding, drinkt goed.',1);
INSERT INTO contact_observations VALUES('01a21715-46bf-76b4-ab38-ecfb567c8624','01a21715-46bd-7982-bc22-be26ab07aa3d','grove_motoriek','Van Wiechen: leeftijdsadequaat.',1);
INSERT INTO contact_observations VALUES('01a21715-46c4-782e-add2-307c03f7b1b3','01a21715-46c0-797a-8b34-c9fb0b90fd9b','grove_motoriek','Van Wiechen: leeftijdsadequaat.',1);
INSERT INTO contact_observations VALUES('01a21715-46c9-7387-bf45-5243ecb64965','01a21715-46c5-7456-8445-2f310ca1d453','grove_motoriek','Van Wiechen: leeftijdsadequaat.',1);
INSERT INTO contact_observations VALUES('01a21715-46cc-7a5f-bfbf-00184162a5e9','01a21715-46ca-7675-8d23-2014afc80566','grove_motoriek','Van Wiechen: leeftijdsadequaat.',1);
INSERT INTO contact_observations VALUES('01a21715-46cf-747b-bc63-4e6964e53ddc','01a21715-46cd-73fe-9202-88e9754cd72e','grove_motoriek','Van Wiechen: leeftijdsadequaat.',1);
INSERT INTO contact_observations VALUES('01a21715-46d4-751d-bdcb-2be3e885f1f1','01a21715-46d2-7c68-b0d4-4b67b5ce883e','ogen','Visus (LEA-kaart) beiderzijds 0,8 of beter.',1);
INSERT INTO contact_observations VALUES('01a21715-46d9-79a8-9e18-75916a854d75','01a21715-46d7-7c8e-a6e5-6fbde1fa4cbb','psychosociaal','SDQ ingevuld, geen bijzonderheden.',1);
INSERT INTO contact_observations VALUES('01a21715-46e2-7f4d-93f9-33ca231b2cf1','01a21715-46df-7acd-8757-a66dd58b3e86','psychosociaal','SDQ ingevuld, geen bijzonderheden.',1);
INSERT INTO contact_observations VALUES('01a21715-46ea-76e0-af54-b0882644921f','01a21715-46e8-75a0-b991-5525c06518c2','ogen','Visus (LEA-kaart) beiderzijds 0,8 of beter.',1);
INSERT INTO contact_observations VALUES('01a21715-46ef-7cad-bf04-c1c2d97dad26','01a21715-46ed-74c8-af2b-f33376af4a34','psychosociaal','SDQ ingevuld, geen bijzonderheden.',1);
INSERT INTO contact_observations VALUES('01a21715-46f9-7f69-aa4a-0eecd5332e38','01a21715-46f8-7fb8-8d3c-763f1b5a5531','gehoor','Neonatale gehoorscreening: beiderzijds voldoende.',1);
INSERT INTO contact_observations VALUES('01a21715-46fa-750c-adb5-2c75d3111ea5','01a21715-46f8-7fb8-8d3c-763f1b5a5531','voeding','Flesvoeding, drinkt goed.',1);
INSERT INTO contact_observations VALUES('01a21715-46fe-79f4-8e09-c3df1f93fe57','01a21715-46fc-7bd7-831f-724b4b2cc772','voeding','Flesvoeding, drinkt goed.',1);
INSERT INTO contact_observations VALUES('01a21715-4701-77c7-8200-ce977ee94798','01a21715-46ff-7ba6-8b59-d4bfb6513a81','ogen','Rode reflex beiderzijds aanwezig, oogstand symmetrisch.',1);
INSERT INTO contact_observations VALUES('01a21715-471c-7856-9f50-616cb4217a31','01a21715-4718-7688-8349-985bea0fb768','grove_motoriek','Van Wiechen: leeftijdsadequaat.',1);
INSERT INTO contact_observations VALUES('01a21715-4725-76a1-8389-c295dbaa6c05','01a21715-4723-7ccc-a759-86cfddf60c92','ogen','Visus (LEA-kaart) beiderzijds 0,8 of beter.',1);
INSERT INTO contact_observations VALUES('01a21715-472a-77d8-bb33-ddeba275c640','01a21715-4728-7e19-9f5c-9508e3a90a61','psychosociaal','SDQ ingevuld, geen bijzonderheden.',1);
CREATE TABLE measurements (
  id             TEXT PRIMARY KEY,
  child_id       TEXT NOT NULL REFERENCES children(id),
  contact_id     TEXT REFERENCES contacts(id),
  measured_on    TEXT NOT NULL,
  length_mm      INTEGER CHECK (length_mm BETWEEN 200 AND 2300),  -- BDS 235
  length_method  TEXT CHECK (length_method IN ('liggend', 'staand')), -- BDS 236
  weight_g       INTEGER CHECK (weight_g BETWEEN 200 AND 250000),  -- BDS 245
  weight_method  TEXT CHECK (weight_method IN ('met_kleding', 'zonder_kleding')), -- BDS 246
  head_mm        INTEGER CHECK (head_mm BETWEEN 200 AND 700),      -- BDS 252
  flags          INTEGER NOT NULL DEFAULT 0,  -- implausible value confirmed: 1 |z|>5, 2 jump >2 SD, 4 shorter
  confirmed_by   TEXT REFERENCES accounts(id),
  note           TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  created_by     TEXT REFERENCES accounts(id),
  updated_at     TEXT NOT NULL,
  updated_by     TEXT REFERENCES accounts(id)
);
INSERT INTO measurements VALUES('01a21715-46a8-7a65-b3f8-ee551f5bd5c4','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46a7-7cef-be69-d84bedc0aaf3','2013-10-23',511,'liggend',3180,'zonder_kleding',348,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46ab-7de2-aaad-3b350680f231','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46aa-7f84-a4d3-6b7e5887689f','2013-11-10',536,'liggend',3810,'zonder_kleding',362,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46ae-7c9c-b196-5f7aa32d48d4','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46ad-768a-b42a-cd8aff22dcf7','2013-12-08',567,'liggend',4600,'zonder_kleding',377,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46b1-7e34-a830-696119c81c6e','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46b0-7b2c-b19a-c78e33d323d8','2014-01-10',596,'liggend',5180,'zonder_kleding',391,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46b5-7d64-9068-113e4f11e4bd','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46b4-787f-8b6f-6ef0e2a563ca','2014-02-17',622,'liggend',5730,'zonder_kleding',405,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46ba-7513-abd5-c14cecc64c59','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46b9-789b-b995-bee2e295592c','2014-04-11',653,'liggend',6400,'zonder_kleding',418,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46bc-75d4-9b20-3eb556bf727d','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46bb-7f93-aa39-f837034cac0d','2014-05-28',678,'liggend',6900,'zonder_kleding',428,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46be-7262-9044-95b6da1cb78a','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46bd-7982-bc22-be26ab07aa3d','2014-07-07',696,'liggend',7270,'zonder_kleding',434,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46c1-7472-a4da-7310ece73874','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46c0-797a-8b34-c9fb0b90fd9b','2014-09-12',725,'liggend',7770,'zonder_kleding',444,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46c6-7c02-99ea-5c08bfca24b5','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46c5-7456-8445-2f310ca1d453','2014-12-16',762,'liggend',8420,'zonder_kleding',451,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46cb-74ec-8279-a9039cc75276','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46ca-7675-8d23-2014afc80566','2015-04-13',802,'liggend',9180,'zonder_kleding',460,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46ce-7d08-8c5e-bda5c18c11c3','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46cd-73fe-9202-88e9754cd72e','2015-10-10',850,'staand',10400,'met_kleding',472,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46d1-7ea6-8672-196984e3e7fa','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46d0-76c5-a6e0-bc94c9eef881','2016-10-05',937,'staand',12300,'met_kleding',NULL,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46d3-7318-bc87-a24427947e0b','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46d2-7c68-b0d4-4b67b5ce883e','2017-07-16',998,'staand',13700,'met_kleding',NULL,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46d8-779b-86de-c2a8cff2a858','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46d7-7c8e-a6e5-6fbde1fa4cbb','2019-04-04',1105,'staand',16600,'met_kleding',NULL,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46e0-781c-b363-574b6135dd4a','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46df-7acd-8757-a66dd58b3e86','2024-04-16',1393,'staand',28700,'met_kleding',NULL,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46e7-7887-850a-4a68cc599bd4','01a21715-46e3-7874-bef3-e0ccabe69057','01a21715-46e6-743d-84dd-d317278f35bd','2020-01-09',948,'staand',15000,'met_kleding',NULL,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46e9-7a91-9397-d0fe5e637b12','01a21715-46e3-7874-bef3-e0ccabe69057','01a21715-46e8-75a0-b991-5525c06518c2','2020-07-19',990,'staand',16300,'met_kleding',NULL,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46ee-73ba-9045-654f4f4104bc','01a21715-46e3-7874-bef3-e0ccabe69057','01a21715-46ed-74c8-af2b-f33376af4a34','2022-04-16',1093,'staand',20300,'met_kleding',NULL,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-46fd-75ec-b2c7-7f6e99c0db36','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-46fc-7bd7-831f-724b4b2cc772','2018-09-08',511,'liggend',3480,'zonder_kleding',358,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4700-7404-8a2e-6b0645a77dc8','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-46ff-7ba6-8b59-d4bfb6513a81','2018-09-21',530,'liggend',3990,'zonder_kleding',369,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4703-76ba-b714-cdd4f2e6e244','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4702-795e-8fd2-283a9b4d755d','2018-10-30',574,'liggend',5170,'zonder_kleding',394,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4706-73e5-a5d6-8a3ebd8915a8','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4705-7cbe-a2fa-731418fdff80','2018-12-05',602,'liggend',5960,'zonder_kleding',409,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-470a-7299-8721-932bf830912f','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4709-7731-b99f-b9f7afc987d1','2018-12-26',614,'liggend',6220,'zonder_kleding',415,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-470f-7e41-b3c4-370644e1b7ad','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-470e-77fe-a4a6-fb9ebdfcb310','2019-03-07',656,'liggend',7340,'zonder_kleding',434,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4711-7fd1-8104-443ed902962c','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4710-7b09-8049-127aa82ad4d0','2019-04-12',676,'liggend',7710,'zonder_kleding',440,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4713-7952-b236-d6639a05ab3c','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4712-713c-9017-1ea41b5f78c7','2019-05-29',702,'liggend',8370,'zonder_kleding',447,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4715-75e4-bf68-2a0d955463ce','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4714-7db7-97e7-0f61a8160448','2019-07-29',731,'liggend',8940,'zonder_kleding',456,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4719-7aef-8021-321f429f68d6','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4718-7688-8349-985bea0fb768','2019-10-25',768,'liggend',9550,'zonder_kleding',466,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-471e-7e63-b224-a393b127d91d','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-471d-771c-b22f-c79b8567c637','2020-02-23',814,'liggend',10610,'zonder_kleding',475,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4720-7d63-8f26-22ab3734d20f','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-471f-75ed-8699-cd815b520fe2','2020-09-05',866,'staand',11900,'met_kleding',489,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4722-710f-bfe2-07fdd4bc00fc','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4721-787a-9f6d-ce65d1276992','2021-08-23',958,'staand',14300,'met_kleding',NULL,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4724-71f4-8c36-a1f22759e29c','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4723-7ccc-a759-86cfddf60c92','2022-06-05',1024,'staand',16500,'met_kleding',NULL,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO measurements VALUES('01a21715-4729-7784-a72f-cab24fe9a53d','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4728-7e19-9f5c-9508e3a90a61','2024-02-27',1136,'staand',20500,'met_kleding',NULL,0,NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
CREATE TABLE vaccinations (
  id               TEXT PRIMARY KEY,
  child_id         TEXT NOT NULL REFERENCES children(id),
  contact_id       TEXT REFERENCES contacts(id),
  vaccinated_on    TEXT NOT NULL,
  vaccine          TEXT NOT NULL,             -- vaccine code from data/rvp
  dose_no          INTEGER,
  given            INTEGER NOT NULL DEFAULT 1 CHECK (given IN (0, 1)),
  batch            TEXT,                      -- BDS 472 partijnummer
  site             TEXT,                      -- e.g. 'linkerbovenbeen'
  given_by         TEXT REFERENCES accounts(id),
  reason_not_given TEXT CHECK (reason_not_given IN ('bezwaar', 'contra_indicatie',
                     'elders_gegeven', 'uitgesteld', 'anders')),
  note             TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  created_by       TEXT REFERENCES accounts(id),
  updated_at       TEXT NOT NULL,
  updated_by       TEXT REFERENCES accounts(id),
  CHECK (given = 1 OR reason_not_given IS NOT NULL)
);
INSERT INTO vaccinations VALUES('01a21715-46af-7291-baba-f1067992472e','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46ad-768a-b42a-cd8aff22dcf7','2013-12-08','DKTP-Hib-HepB',1,1,'DQ11888','linkerbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46b2-7bf0-a9c0-1f0f70292a0e','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46b0-7b2c-b19a-c78e33d323d8','2014-01-10','DKTP-Hib-HepB',2,1,'PL38812','linkerbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46b3-7141-ac72-ee184bfdd2fe','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46b0-7b2c-b19a-c78e33d323d8','2014-01-10','Pneu',1,1,'EG91408','rechterbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46b6-70d2-996e-037f49bd6bb8','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46b4-787f-8b6f-6ef0e2a563ca','2014-02-17','DKTP-Hib-HepB',3,1,'KC34536','linkerbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46b7-7805-bb62-78988556335e','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46b4-787f-8b6f-6ef0e2a563ca','2014-02-17','Pneu',2,1,'SA34753','rechterbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46c2-7338-907f-6e4056a529b9','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46c0-797a-8b34-c9fb0b90fd9b','2014-09-12','DKTP-Hib-HepB',4,1,'HT67481','linkerbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46c3-70c5-8b83-9d2977728614','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46c0-797a-8b34-c9fb0b90fd9b','2014-09-12','Pneu',3,1,'HL58479','rechterbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46c7-7b52-a779-e152b8255cd9','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46c5-7456-8445-2f310ca1d453','2014-12-16','BMR',1,1,'MP73050','linkerbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46c8-7510-b767-dc0ec9d7b84c','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46c5-7456-8445-2f310ca1d453','2014-12-16','MenACWY',1,1,'FD08112','rechterbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46d6-7243-8132-8211b11ce3b3','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46d5-71ab-8b06-c88441c8aa02','2017-10-11','DKTP',1,1,'FZ07950','linkerbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46db-7628-8cd2-832c84652c15','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46da-71be-8f0a-ff46b813f010','2022-10-07','DTP',1,1,'QN33926','linkerbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46dc-79d9-805a-8ade13fd4704','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46da-71be-8f0a-ff46b813f010','2022-10-07','BMR',2,1,'UI77156','rechterbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46de-77d6-95e2-104fd6f63555','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46dd-78f7-9f85-34614d97543e','2023-10-13','HPV',1,1,'ZO04388','linkerbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46e1-7506-9922-b0f6429f2568','01a21715-46a0-782f-ba9e-c360e2ace7ea','01a21715-46df-7acd-8757-a66dd58b3e86','2024-04-16','HPV',2,1,'SF26982','linkerbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46ec-702b-a5e8-473b871cc0c3','01a21715-46e3-7874-bef3-e0ccabe69057','01a21715-46eb-7d4c-b4e6-ebdfdd5d8520','2020-10-10','DKTP',1,1,'PA44862','linkerbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46f1-7df5-ac56-1db6a0a27361','01a21715-46e3-7874-bef3-e0ccabe69057','01a21715-46f0-7368-9720-f0971831d364','2025-10-10','DTP',1,1,'VF09324','linkerbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46f2-726f-84b0-e2f4533be4c1','01a21715-46e3-7874-bef3-e0ccabe69057','01a21715-46f0-7368-9720-f0971831d364','2025-10-10','BMR',2,1,'IZ10396','rechterbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-46f4-73b2-90e2-4f0e99164ef2','01a21715-46e3-7874-bef3-e0ccabe69057','01a21715-46f3-726b-a2bd-438cb876d1ec','2026-10-15','HPV',1,1,'AL45933','linkerbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-4704-7104-94d4-1aa5197c43e9','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4702-795e-8fd2-283a9b4d755d','2018-10-30','DKTP-Hib-HepB',1,1,'TL62267','linkerbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-4707-753a-a135-c1eaf72e4b96','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4705-7cbe-a2fa-731418fdff80','2018-12-05','DKTP-Hib-HepB',2,1,'RD80487','linkerbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-4708-7bbf-b6de-571f4f548993','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4705-7cbe-a2fa-731418fdff80','2018-12-05','Pneu',1,1,'TS05083','rechterbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-470c-7ee4-83ba-8601bda99709','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-470b-7050-a806-44e6402dbc91','2019-01-27','DKTP-Hib-HepB',3,1,'MW65673','linkerbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-470d-7896-a35b-10ae1a81eadf','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-470b-7050-a806-44e6402dbc91','2019-01-27','Pneu',2,1,'GO80128','rechterbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-4716-777e-bfd4-8f62a5bdf347','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4714-7db7-97e7-0f61a8160448','2019-07-29','DKTP-Hib-HepB',4,1,'UQ78543','linkerbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-4717-7b34-816b-ede800127d9e','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4714-7db7-97e7-0f61a8160448','2019-07-29','Pneu',3,1,'KE13262','rechterbovenbeen','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-471a-700f-9bdc-a87281c39e9d','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4718-7688-8349-985bea0fb768','2019-10-25','BMR',1,1,'YZ61256','linkerbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-471b-7aad-ab57-5e6965dcda57','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4718-7688-8349-985bea0fb768','2019-10-25','MenACWY',1,1,'PU12516','rechterbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
INSERT INTO vaccinations VALUES('01a21715-4727-7ff4-b706-8f1155840317','01a21715-46f5-7939-99fb-fa39f1c4e77e','01a21715-4726-7af8-b6cc-b883d6ef26da','2022-08-29','DKTP',1,1,'BF40679','linkerbovenarm','01a21715-4680-7b08-99c1-ebff8960be7d',NULL,NULL,1,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d');
CREATE TABLE giz_assessments (
  id                TEXT PRIMARY KEY,
  child_id          TEXT NOT NULL REFERENCES children(id),
  contact_id        TEXT REFERENCES contacts(id),
  assessed_on       TEXT NOT NULL,
  triangle_result   TEXT CHECK (triangle_result IN ('01', '02')),  -- BDS 1629
  side_ontwikkeling INTEGER NOT NULL DEFAULT 0,  -- BDS 1630 = 01 has bijzonderheden
  side_opvoeding    INTEGER NOT NULL DEFAULT 0,  -- BDS 1630 = 02
  side_omgeving     INTEGER NOT NULL DEFAULT 0,  -- BDS 1630 = 03
  parent_going_well TEXT,                        -- in the parent's own words
  parent_worries    TEXT,
  parent_wishes     TEXT,
  professional_view TEXT,
  strengths         TEXT,                        -- krachten, beschermende factoren
  draagkracht       TEXT,
  draaglast         TEXT,
  conclusion_code   TEXT,                        -- BDS 1641, code list 442
  conclusion_text   TEXT,                        -- BDS 482
  extra_care        TEXT,                        -- BDS 1158
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        TEXT NOT NULL,
  created_by        TEXT REFERENCES accounts(id),
  updated_at        TEXT NOT NULL,
  updated_by        TEXT REFERENCES accounts(id)
);
CREATE TABLE giz_aspects (
  id                TEXT PRIMARY KEY,
  assessment_id     TEXT NOT NULL REFERENCES giz_assessments(id),
  aspect_bds        INTEGER NOT NULL CHECK (aspect_bds BETWEEN 1631 AND 1640),
  score             TEXT,                        -- code list 438: 01–05
  parent_words      TEXT,
  professional_view TEXT,
  version           INTEGER NOT NULL DEFAULT 1,
  UNIQUE (assessment_id, aspect_bds)
);
CREATE TABLE giz_agreements (
  id              TEXT PRIMARY KEY,
  assessment_id   TEXT NOT NULL REFERENCES giz_assessments(id),
  child_id        TEXT NOT NULL REFERENCES children(id),
  what            TEXT NOT NULL,
  who_kind        TEXT NOT NULL CHECK (who_kind IN ('ouder', 'jongere', 'jgz',
                    'netwerk', 'organisatie')),
  who_name        TEXT,
  org_id          TEXT REFERENCES organisations(id),
  due_on          TEXT,
  evaluate_on     TEXT,                        -- shown on Vandaag when due
  status          TEXT NOT NULL DEFAULT 'lopend'
                    CHECK (status IN ('lopend', 'geevalueerd', 'vervallen')),
  evaluation_note TEXT,
  evaluated_on    TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  created_by      TEXT REFERENCES accounts(id),
  updated_at      TEXT NOT NULL,
  updated_by      TEXT REFERENCES accounts(id)
);
CREATE TABLE handovers (
  id                    TEXT PRIMARY KEY,
  child_id              TEXT NOT NULL REFERENCES children(id),
  org_id                TEXT REFERENCES organisations(id),
  receiver_person       TEXT,
  kind                  TEXT NOT NULL CHECK (kind IN ('erbij_halen', 'doorverwijzen',
                          'veilig_thuis', 'jgz_4_18', 'school')),
  reason                TEXT,
  question              TEXT,
  summary               TEXT,                  -- pre-filled from the dossier, editable
  parents_wish          TEXT,
  frame                 TEXT NOT NULL DEFAULT 'vrijwillig'
                          CHECK (frame IN ('vrijwillig', 'gedwongen')),
  joint_conversation_on TEXT,                  -- driegesprek
  parents_present       TEXT,
  casusregie            TEXT CHECK (casusregie IN ('jgz', 'ontvanger', 'anders')),
  casusregie_name       TEXT,                  -- who, and how to reach them
  state                 TEXT NOT NULL DEFAULT 'voorbereid'
                          CHECK (state IN ('voorbereid', 'verzonden', 'ontvangst_bevestigd',
                            'eerste_gesprek_gepland', 'teruggekoppeld', 'afgerond')),
  first_conversation_on TEXT,
  closing_report        TEXT,                  -- kort verslag bij afsluiting
  next_check_on         TEXT,                  -- when the sender looks again
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            TEXT NOT NULL,
  created_by            TEXT REFERENCES accounts(id),
  updated_at            TEXT NOT NULL,
  updated_by            TEXT REFERENCES accounts(id)
);
CREATE TABLE handover_consents (
  id          TEXT PRIMARY KEY,
  handover_id TEXT NOT NULL REFERENCES handovers(id),
  person_kind TEXT NOT NULL CHECK (person_kind IN ('kind', 'ouder')),
  parent_id   TEXT REFERENCES parents(id),     -- set when person_kind = 'ouder'
  decision    TEXT NOT NULL CHECK (decision IN ('gegeven', 'geweigerd')),
  form        TEXT NOT NULL CHECK (form IN ('mondeling', 'schriftelijk')),
  source      TEXT,                            -- BDS R010 bron
  given_on    TEXT NOT NULL,
  scope       TEXT,
  recorded_by TEXT REFERENCES accounts(id),
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  CHECK (person_kind = 'kind' OR parent_id IS NOT NULL)
);
CREATE TABLE handover_events (
  id          TEXT PRIMARY KEY,
  handover_id TEXT NOT NULL REFERENCES handovers(id),
  at          TEXT NOT NULL,
  state       TEXT NOT NULL,
  account_id  TEXT REFERENCES accounts(id),
  note        TEXT
);
CREATE TABLE notes (
  id         TEXT PRIMARY KEY,
  child_id   TEXT NOT NULL REFERENCES children(id),
  written_at TEXT NOT NULL,
  author_id  TEXT REFERENCES accounts(id),
  text       TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT REFERENCES accounts(id)
);
CREATE TABLE audit_log (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  account_id  TEXT,
  username    TEXT,
  workstation TEXT NOT NULL,
  child_id    TEXT,
  action      TEXT NOT NULL,   -- view, create, update, export, import, login, login_failed, lock, …
  detail      TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
);
INSERT INTO audit_log VALUES(1,'2026-11-26T09:00:00',NULL,NULL,'vm',NULL,'account_create','demo','0000000000000000000000000000000000000000000000000000000000000000','91af3608b01c85554e781fe4532c6d36444aff1dff5b5f50ca0bac222a828b1b');
INSERT INTO audit_log VALUES(2,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','91af3608b01c85554e781fe4532c6d36444aff1dff5b5f50ca0bac222a828b1b','5bd4f992ea4ef6182c49cda4f418ddd0792bf634b28e68f618d44cd2e9faf89c');
INSERT INTO audit_log VALUES(3,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','5bd4f992ea4ef6182c49cda4f418ddd0792bf634b28e68f618d44cd2e9faf89c','1e0e645e5d333535f4e5d35a5667e99a83e23788d84df4393126ccaec87912fc');
INSERT INTO audit_log VALUES(4,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','1e0e645e5d333535f4e5d35a5667e99a83e23788d84df4393126ccaec87912fc','f19c1c68987c9a5df698297f0a55d094b71c9c952231c4103561651d219e63cd');
INSERT INTO audit_log VALUES(5,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','f19c1c68987c9a5df698297f0a55d094b71c9c952231c4103561651d219e63cd','2639119a60d74c08f0a512609ac9db6a6c471d4a32748e941b6c545edd6a3d92');
INSERT INTO audit_log VALUES(6,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','2639119a60d74c08f0a512609ac9db6a6c471d4a32748e941b6c545edd6a3d92','727a026e9d1ecfa858ed1c0c3c566df5b65d018af44fc7711f1756fcac27fd8b');
INSERT INTO audit_log VALUES(7,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','727a026e9d1ecfa858ed1c0c3c566df5b65d018af44fc7711f1756fcac27fd8b','c4cd5359acb7f7c845e3967c091942d59678fd7a03c4944fa0a42a4fa36de10d');
INSERT INTO audit_log VALUES(8,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','c4cd5359acb7f7c845e3967c091942d59678fd7a03c4944fa0a42a4fa36de10d','5ca47848858977826cb5de583449ab79cd982840ef7e3eeb416dbe7470a706a8');
INSERT INTO audit_log VALUES(9,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','5ca47848858977826cb5de583449ab79cd982840ef7e3eeb416dbe7470a706a8','8dda1ae8f93961f4792b51d08868674c652be7cb70b84e0b270b529e536215da');
INSERT INTO audit_log VALUES(10,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','8dda1ae8f93961f4792b51d08868674c652be7cb70b84e0b270b529e536215da','0758a482556696dfc52c58bc2ade936dd98334ee1ced7a0f29d32574ddfacef1');
INSERT INTO audit_log VALUES(11,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','0758a482556696dfc52c58bc2ade936dd98334ee1ced7a0f29d32574ddfacef1','d1393d2334d43cb6608f68c48817ab265780532d03d83c1133ea21b0dfbfc5cf');
INSERT INTO audit_log VALUES(12,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','d1393d2334d43cb6608f68c48817ab265780532d03d83c1133ea21b0dfbfc5cf','570045def0122ae4ef908e0b09021e826c51da545cf92435ce382334f6456dc6');
INSERT INTO audit_log VALUES(13,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','570045def0122ae4ef908e0b09021e826c51da545cf92435ce382334f6456dc6','10a78cf155e9255ed9e9cc7555fb750fa1f7bafc5991bd1b569274ea9c52d1b6');
INSERT INTO audit_log VALUES(14,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','10a78cf155e9255ed9e9cc7555fb750fa1f7bafc5991bd1b569274ea9c52d1b6','6c1c98fdf8d57af00cb8df080b94fd278dd21885f3104542741b1ca268b99a0a');
INSERT INTO audit_log VALUES(15,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','6c1c98fdf8d57af00cb8df080b94fd278dd21885f3104542741b1ca268b99a0a','85f011d35764f349532ac91539532f74934f42accf82fc40068d11e5e66169fc');
INSERT INTO audit_log VALUES(16,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','85f011d35764f349532ac91539532f74934f42accf82fc40068d11e5e66169fc','5e55883d01afe69237f1a745b231c9581394d378b0d93f1c8532eb435aed8a25');
INSERT INTO audit_log VALUES(17,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','5e55883d01afe69237f1a745b231c9581394d378b0d93f1c8532eb435aed8a25','f45e079ea2537271823a0a354ec664d6190495571e6f4a5485d25def281c305e');
INSERT INTO audit_log VALUES(18,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','f45e079ea2537271823a0a354ec664d6190495571e6f4a5485d25def281c305e','70a3d353c178ab858c23967655431a86ef8472c3436bb481038c1f119a9e4cb5');
INSERT INTO audit_log VALUES(19,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','70a3d353c178ab858c23967655431a86ef8472c3436bb481038c1f119a9e4cb5','1ce3312f5e7d3cb5f772928b73455b2bdbae77b7bfd7411e838afa2101e5139a');
INSERT INTO audit_log VALUES(20,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','1ce3312f5e7d3cb5f772928b73455b2bdbae77b7bfd7411e838afa2101e5139a','48b616f211639d793b934f807254e6d1939db12557e5f4b35b2844e917693b89');
INSERT INTO audit_log VALUES(21,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','48b616f211639d793b934f807254e6d1939db12557e5f4b35b2844e917693b89','90d02ed191d0594d034f7f2c25927506c87a5eda65f1ed4d5a20cbd53d96456f');
INSERT INTO audit_log VALUES(22,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','90d02ed191d0594d034f7f2c25927506c87a5eda65f1ed4d5a20cbd53d96456f','09430ba512fb9576c2fa93a9ff1c8f54b5b4ac77a42540c26ae291b1d48deec1');
INSERT INTO audit_log VALUES(23,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','09430ba512fb9576c2fa93a9ff1c8f54b5b4ac77a42540c26ae291b1d48deec1','92c27db2f165ce1763b5fea570d5d57d6f05110b520aaf0cc8506b888bd9c0c8');
INSERT INTO audit_log VALUES(24,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','92c27db2f165ce1763b5fea570d5d57d6f05110b520aaf0cc8506b888bd9c0c8','2c506bb36517f830bab1159b502bb4ec318cd851dbfa5dee34902ddf6d780d28');
INSERT INTO audit_log VALUES(25,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','2c506bb36517f830bab1159b502bb4ec318cd851dbfa5dee34902ddf6d780d28','d5a9606d22c682e68de493a6d9ff6fad74017edc9de16a5886148bbc3825abbd');
INSERT INTO audit_log VALUES(26,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','d5a9606d22c682e68de493a6d9ff6fad74017edc9de16a5886148bbc3825abbd','2d330fce019cd8b23092f7bdd304ff7c54332bcdfb2b70a1e7387bbee893f495');
INSERT INTO audit_log VALUES(27,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','2d330fce019cd8b23092f7bdd304ff7c54332bcdfb2b70a1e7387bbee893f495','0e6e71a823aef44b0c72d60efd1d63683567da472a64a59d2a9d6c247de34198');
INSERT INTO audit_log VALUES(28,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','0e6e71a823aef44b0c72d60efd1d63683567da472a64a59d2a9d6c247de34198','537b524f4c7854b7a1443976bace834e8326778b1c1dead85fd6ea558039a4ef');
INSERT INTO audit_log VALUES(29,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','537b524f4c7854b7a1443976bace834e8326778b1c1dead85fd6ea558039a4ef','15b69587132329fa4fae3c55d364dcc3e6400d1ac3ecac7bf760f71e6aec1520');
INSERT INTO audit_log VALUES(30,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','organisation','15b69587132329fa4fae3c55d364dcc3e6400d1ac3ecac7bf760f71e6aec1520','d037116eb1b5f8baf94fa300206d2313ce79f3c63413569eef711cb8d3416d94');
INSERT INTO audit_log VALUES(31,'2026-11-26T09:00:00','01a21715-4680-7b08-99c1-ebff8960be7d','demo','vm',NULL,'create','demo: 3 kinderen, seed 4','d037116eb1b5f8baf94fa300206d2313ce79f3c63413569eef711cb8d3416d94','cc6705e868ccd6e336cad2483e60f5400ab24a2eca7302b99a4358c7c7261004');
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','children_fts','children_fts',0,'CREATE VIRTUAL TABLE children_fts USING fts5(
  names, bsn, birth, postcode,
  content = ''children_search'', content_rowid = ''seq'',
  tokenize = ''unicode61 remove_diacritics 2'',
  prefix = ''1 2 3''
)');
CREATE TABLE IF NOT EXISTS 'children_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO children_fts_data VALUES(1,X'0320030909');
INSERT INTO children_fts_data VALUES(10,X'000000000101010001010101');
INSERT INTO children_fts_data VALUES(137438953473,X'00000340033030370106010202020138030601020302013902060102020102313001060102030106010203010432303133010601020404013602060102040401380306010204020136030601020201043334333301060103020106010302010601030205026a78010601030401060103040106010304010939393939303030303601060101020802313802060101020802333103060101020106627275696a6e01040708010405060104070801026465010406080104040601040608010565736d6565010802050505020802050505010566656e6e61030404080104696c73650304030801026a7801060103030106010303010601030301036c6976010403080106736f7068696502080203050301047665726101040408000231300106010202010601020201060102030101310106010203010601020301013201060102040106010204010801020204010133010801030204010801030204010801030204010139010601010201060101020106010102010162010407080104050601040708010164010406080104040601040608010165010802050505020802050505010166030404080101690304030801016a01060103030106010303010601030301016c010403080101730208020305030101760104040800033230370106010202020138030601020302013902060102020102313001060102030106010203010232300106010204010601020401060102040201360306010202010233340108010302040108010302040108010302040102393901060101020106010102010601010201026272010407080104050601040708010264650104060801040406010406080102657301080205050502080205050501026665030404080102696c0304030801026a7801060103030106010303010601030301026c69010403080102736f0208020305030102766501040408000433323031010601020401060102040106010204010333343301080103020401080103020401080103020401033939390106010102010601010201060101020103627275010407080104050601040708010365736d010802050505020802050505010366656e030404080103696c730304030801036c6976010403080103736f70020802030503010376657201040408040908080e0b08080815131009091410130b0a13090e0a130d1315120f0f0f0707120709070a08080e13081613101010080813080a0815171411110909090b');
CREATE TABLE IF NOT EXISTS 'children_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO children_fts_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'children_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO children_fts_docsize VALUES(1,X'0c010303');
INSERT INTO children_fts_docsize VALUES(2,X'08010303');
INSERT INTO children_fts_docsize VALUES(3,X'0c010303');
CREATE TABLE IF NOT EXISTS 'children_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO children_fts_config VALUES('version',4);
CREATE INDEX organisations_kind ON organisations(kind, name);
CREATE INDEX children_sort ON children(sort_key, birth_date);
CREATE INDEX children_birth ON children(birth_date);
CREATE INDEX child_parents_parent ON child_parents(parent_id);
CREATE INDEX appointments_day ON appointments(starts_at);
CREATE INDEX appointments_child ON appointments(child_id, starts_at);
CREATE INDEX contacts_child ON contacts(child_id, contact_date);
CREATE INDEX contacts_date ON contacts(contact_date);
CREATE INDEX measurements_child ON measurements(child_id, measured_on);
CREATE INDEX vaccinations_child ON vaccinations(child_id, vaccinated_on);
CREATE INDEX giz_assessments_child ON giz_assessments(child_id, assessed_on);
CREATE INDEX giz_agreements_eval ON giz_agreements(status, evaluate_on);
CREATE INDEX giz_agreements_child ON giz_agreements(child_id);
CREATE INDEX handovers_child ON handovers(child_id);
CREATE INDEX handovers_open ON handovers(state, next_check_on);
CREATE INDEX handover_consents_handover ON handover_consents(handover_id);
CREATE INDEX handover_events_handover ON handover_events(handover_id, at);
CREATE INDEX notes_child ON notes(child_id, written_at);
CREATE INDEX audit_log_child ON audit_log(child_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE VIEW children_search AS
  SELECT seq, search_names AS names, bsn,
         substr(birth_date, 9, 2) || '-' || substr(birth_date, 6, 2) || '-' ||
           substr(birth_date, 1, 4) AS birth,
         postcode || ' ' || replace(postcode, ' ', '') AS postcode
  FROM children;
CREATE TRIGGER children_fts_insert AFTER INSERT ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(rowid, names, bsn, birth, postcode)
    SELECT seq, names, bsn, birth, postcode FROM children_search WHERE seq = new.seq;
END;
CREATE TRIGGER children_fts_before_update BEFORE UPDATE ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(children_fts, rowid, names, bsn, birth, postcode)
    SELECT 'delete', seq, names, bsn, birth, postcode FROM children_search
    WHERE seq = old.seq;
END;
CREATE TRIGGER children_fts_after_update AFTER UPDATE ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(rowid, names, bsn, birth, postcode)
    SELECT seq, names, bsn, birth, postcode FROM children_search WHERE seq = new.seq;
END;
CREATE TRIGGER children_fts_delete BEFORE DELETE ON children
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO children_fts(children_fts, rowid, names, bsn, birth, postcode)
    SELECT 'delete', seq, names, bsn, birth, postcode FROM children_search
    WHERE seq = old.seq;
END;
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA application_id = 1196576581;
PRAGMA user_version = 1;
