# groeipad — build, test and install.  `make help` lists the targets.
#
# Libraries come from Debian's packages through pkg-config.  `make run` and
# `make test` call `make deps` only when pkg-config cannot find one of them.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/groeipad
LOCALEDIR ?= $(PREFIX)/share/locale
MANDIR  ?= $(PREFIX)/share/man
DESTDIR ?=
BUILD   ?= build

PKGS      = ncursesw sqlite3 libsodium jansson libpq
TEST_PKGS = cmocka
# Debian packages behind PKGS/TEST_PKGS and the tools the tests and lint use.
DEBS = build-essential pkg-config libncurses-dev libsqlite3-dev libsodium-dev \
       libjansson-dev libcmocka-dev gettext sqlite3 tmux cppcheck clang-tidy \
       locales-all libvterm-dev clang libclang-rt-14-dev valgrind util-linux procps \
       python3 python3-jsonschema libpq-dev postgresql-15

CC      ?= cc
OPT     ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wformat=2 -Wcast-qual -Wwrite-strings \
           -Wpointer-arith -Wundef
HARDEN   = -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE
LDHARDEN = -pie -Wl,-z,relro,-z,now
WERROR  ?=
SAN     ?=

PKG_CFLAGS := $(filter-out -D_XOPEN_SOURCE% -D_DEFAULT_SOURCE,$(shell pkg-config --cflags $(PKGS) 2>/dev/null))
# libpq is opened when the hub is first used (src/pq.h), not linked.
PKG_LIBS   := $(shell pkg-config --libs $(filter-out libpq,$(PKGS)) 2>/dev/null)
CMOCKA_CFLAGS := $(shell pkg-config --cflags $(TEST_PKGS) 2>/dev/null)
CMOCKA_LIBS   := $(shell pkg-config --libs $(TEST_PKGS) 2>/dev/null)

CPPFLAGS += -D_GNU_SOURCE -Isrc -Iui -I$(BUILD)/gen -include $(BUILD)/gen/paths.h
CFLAGS  += $(OPT) $(WARN) $(HARDEN) $(WERROR) $(SAN) $(PKG_CFLAGS)
LDFLAGS += $(LDHARDEN) $(SAN)
LDLIBS  += $(PKG_LIBS) -lm

VERSION := $(shell cat VERSION 2>/dev/null || echo 0.0.0)

CORE_SRC = $(filter-out src/main.c,$(wildcard src/*.c))
UI_SRC   = $(wildcard ui/*.c)
CORE_OBJ = $(CORE_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/migrations.o $(BUILD)/gen/hub_migrations.o
UI_OBJ   = $(UI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
MIGRATIONS = $(sort $(wildcard data/schema/*.sql))
HUB_MIGRATIONS = $(sort $(wildcard data/schema/hub/*.sql))
PO       = $(wildcard po/*.po)
MO       = $(PO:po/%.po=$(BUILD)/locale/%/LC_MESSAGES/groeipad.mo)
# The document catalogue (kindoverzicht, afschrift): more languages than
# the interface, see po/doc/README.md.
DOC_PO   = $(wildcard po/doc/*.po)
DOC_MO   = $(DOC_PO:po/doc/%.po=$(BUILD)/locale/%/LC_MESSAGES/groeipad-doc.mo)

.PHONY: all run test asan lint deps install uninstall clean help bench check-deps po FORCE \
	fuzz fuzz-targets valgrind
all: $(BUILD)/groeipad $(MO) $(DOC_MO)

$(BUILD)/groeipad: $(BUILD)/src/main.o $(BUILD)/libgpui.a $(BUILD)/libgpcore.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libgpcore.a: $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libgpui.a: $(UI_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c $(BUILD)/gen/migrations.h $(BUILD)/gen/paths.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

# Schema migrations are compiled into the binary: the schema a binary writes is
# always the one it was built with.
$(BUILD)/gen/migrations.c $(BUILD)/gen/migrations.h &: $(MIGRATIONS) tools/embed-migrations.sh
	@mkdir -p $(BUILD)/gen
	sh tools/embed-migrations.sh $(BUILD)/gen $(MIGRATIONS)

# Where the installed program finds its data: rewritten only when PREFIX,
# DATADIR, LOCALEDIR or VERSION change, so `make install PREFIX=…` after a
# plain `make` rebuilds what depends on it.
$(BUILD)/gen/paths.h: FORCE
	@mkdir -p $(BUILD)/gen
	@printf '#define GP_DATADIR "%s"\n#define GP_LOCALEDIR "%s"\n#define GP_VERSION "%s"\n' \
	  '$(DATADIR)' '$(LOCALEDIR)' '$(VERSION)' > $@.tmp
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@
FORCE:

$(BUILD)/gen/migrations.o: $(BUILD)/gen/migrations.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# The hub's PostgreSQL schema (docs/sync.md), the same way.
$(BUILD)/gen/hub_migrations.c: $(HUB_MIGRATIONS) tools/embed-migrations.sh $(BUILD)/gen/migrations.h
	sh tools/embed-migrations.sh $(BUILD)/gen --hub $(HUB_MIGRATIONS)

$(BUILD)/gen/hub_migrations.o: $(BUILD)/gen/hub_migrations.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libgpui.a $(BUILD)/libgpcore.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(CMOCKA_CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS) $(CMOCKA_LIBS)

# The batch saver the crash test kills (tests/cli/crash_batch.sh).
$(BUILD)/tests/crash_saver: tests/crash/saver.c $(BUILD)/libgpcore.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(BUILD)/locale/%/LC_MESSAGES/groeipad.mo: po/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

$(BUILD)/locale/%/LC_MESSAGES/groeipad-doc.mo: po/doc/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

# Translations: the Dutch sentences in the code are the message ids;
# po/en.po holds their English.  After adding or changing Dutch text, run
# `make po` and translate the new (empty or fuzzy) entries in po/en.po;
# tests/cli/translations.sh fails until every entry has its English.
# The headers are scanned too: ui/keys.h holds the key table's N_() texts.
I18N_SRC = $(CORE_SRC) $(UI_SRC) src/main.c $(wildcard src/*.h ui/*.h)

po: po/groeipad.pot po/doc/groeipad-doc.pot
	msgmerge --quiet --update --backup=none --no-fuzzy-matching po/en.po po/groeipad.pot
	for f in $(DOC_PO); do \
	  msgmerge --quiet --update --backup=none --no-fuzzy-matching $$f po/doc/groeipad-doc.pot; \
	done

# Documents: the D_() sentences and the labels of the code lists they show.
po/doc/groeipad-doc.pot: $(CORE_SRC) tools/doc-pot.sh data/codes/*.tsv data/giz/giz.tsv \
  data/schedule/contactmomenten.tsv
	sh tools/doc-pot.sh $@ $(CORE_SRC)

po/groeipad.pot: $(I18N_SRC)
	xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ --add-comments=TRANSLATORS \
	  --package-name=groeipad --package-version=$(VERSION) --sort-by-file -o $@ $^

check-deps:
	@pkg-config --exists $(PKGS) $(TEST_PKGS) vterm && command -v msgfmt >/dev/null \
	  && command -v tmux >/dev/null && command -v sqlite3 >/dev/null \
	  && [ -x "$$(pg_config --bindir)/initdb" ] \
	  && /usr/bin/python3 -c 'import jsonschema' 2>/dev/null \
	  || $(MAKE) --no-print-directory deps

deps:
	@sh tools/deps.sh $(DEBS)

run: check-deps
	@$(MAKE) --no-print-directory all
	@sh tools/run.sh $(BUILD)/groeipad

test: check-deps
	@$(MAKE) --no-print-directory all $(UNIT_BIN) $(BUILD)/tests/crash_saver
	@sh tests/run.sh $(BUILD) $(T)

# The whole suite again, built with AddressSanitizer and UBSan.
asan: check-deps
	@$(MAKE) --no-print-directory BUILD=build-asan OPT='-O1 -g -fno-omit-frame-pointer' \
	  SAN='-fsanitize=address,undefined -fno-sanitize-recover=all' HARDEN='-fPIE' test

# libFuzzer targets (tests/fuzz/fuzz_*.c), built with Debian's clang in
# build-fuzz/ with AddressSanitizer and UBSan, each run FUZZ_SECONDS.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = $(basename $(notdir $(wildcard tests/fuzz/fuzz_*.c)))
fuzz: check-deps
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang OPT='-O1 -g -fno-omit-frame-pointer' \
	  SAN='-fsanitize=fuzzer-no-link,address,undefined' HARDEN='-fPIE' fuzz-targets
	@sh tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

fuzz-targets: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/%)

$(BUILD)/fuzz/%: tests/fuzz/%.c $(wildcard tests/fuzz/*.h) $(BUILD)/libgpui.a $(BUILD)/libgpcore.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -fsanitize=fuzzer -o $@ $< $(BUILD)/libgpui.a \
	  $(BUILD)/libgpcore.a $(LDFLAGS) $(LDLIBS)

# The suite again with every program under valgrind (memcheck): the unit
# tests, the crash saver and groeipad itself (tests/valgrind.sh wraps it).
valgrind: check-deps
	@$(MAKE) --no-print-directory all $(UNIT_BIN) $(BUILD)/tests/crash_saver
	@GP_VALGRIND=1 sh tests/run.sh $(BUILD) $(T)

lint: check-deps $(BUILD)/gen/migrations.h $(BUILD)/gen/paths.h
	sh tools/lint.sh $(BUILD)

# Every budget of docs/product.md §10 through the real program, on a cached demo
# database of 100,000 children (QUICK=1: 10,000, in under two minutes);
# exits non-zero when one is missed.  docs/performance.md explains.
bench: check-deps
	@$(MAKE) --no-print-directory all $(BUILD)/bench
	@sh tests/bench/run.sh $(BUILD) $(if $(QUICK),10000,100000)

$(BUILD)/bench: tests/bench/bench.c $(BUILD)/libgpcore.a
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS) -lvterm -lutil

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1
	install -m 0755 $(BUILD)/groeipad $(DESTDIR)$(BINDIR)/groeipad
	cd data && find . -type f ! -path './schema/*' -exec install -D -m 0644 {} $(DESTDIR)$(DATADIR)/{} \;
	install -m 0644 man/groeipad.1 $(DESTDIR)$(MANDIR)/man1/groeipad.1
	for mo in $(MO) $(DOC_MO); do l=$${mo#$(BUILD)/locale/}; \
	  install -D -m 0644 $$mo $(DESTDIR)$(LOCALEDIR)/$$l; done

# Removes only the files install put there, then the folders left empty.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/groeipad $(DESTDIR)$(MANDIR)/man1/groeipad.1
	cd data && find . -type f ! -path './schema/*' -exec rm -f $(DESTDIR)$(DATADIR)/{} \;
	-find $(DESTDIR)$(DATADIR) -depth -type d -empty -delete 2>/dev/null
	for po in $(PO); do l=$$(basename $$po .po); \
	  rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/groeipad.mo; done
	for po in $(DOC_PO); do l=$$(basename $$po .po); \
	  rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/groeipad-doc.mo; done

clean:
	rm -rf build build-asan build-fuzz

help:
	@echo "make          build $(BUILD)/groeipad"
	@echo "make run      build, create the demo database once, start the program"
	@echo "make test     every test; ends with 'N passed, N failed'"
	@echo "make asan     the test suite under AddressSanitizer + UBSan"
	@echo "make lint     cppcheck and clang-tidy"
	@echo "make fuzz     libFuzzer targets, FUZZ_SECONDS=$(FUZZ_SECONDS) each"
	@echo "make valgrind the suite under valgrind"
	@echo "make bench    every budget of docs/product.md §10 at 100,000 children (QUICK=1: 10,000)"
	@echo "make install  PREFIX=$(PREFIX) DESTDIR=…; make uninstall"
	@echo "make deps     install missing Debian packages"

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
