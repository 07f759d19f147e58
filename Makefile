# exchange_rates - PGXS build.
#
#   make demo    install what is missing, build, run the tour on a sample page
#   make test    the same set-up, then core unit tests, pg_regress and pgTAP
#   make bench   benchmarks beside their built-in alternatives
#   make readme  rewrite README's tour blocks and contents from a demo run
#   make test-versions, test-upgrade-server, test-citus
#                every PostgreSQL found, 15 -> 18 upgrades, Citus (inputs: ../shared)
#   make && sudo make install && make installcheck   (the usual PGXS path)

EXTENSION  = exchange_rates

# Where the sources are: empty in the source tree; the source directory and a
# slash in a VPATH build (Debian's pg_buildext builds in build-VERSION/ with
# make -f SRC/Makefile VPATH=SRC).  Found files are named relative to it.
src_root   = $(if $(VPATH),$(VPATH:%/=%)/)
src_files  = $(patsubst $(src_root)%,%,$(sort $(wildcard $(addprefix $(src_root),$(1)))))
ifneq ($(VPATH),)
$(shell mkdir -p src/core sql)
endif

EXTVERSION = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(src_root)$(EXTENSION).control)

# C sources: src/core/ is plain C99 (no PostgreSQL headers), src/*.c is the
# fmgr glue.  One file per concept; new files are picked up automatically.
CORE_SRCS  = $(call src_files,src/core/*.c)
GLUE_SRCS  = $(call src_files,src/*.c)
MODULE_big = $(EXTENSION)
OBJS       = $(GLUE_SRCS:.c=.o) $(CORE_SRCS:.c=.o)

# The install script of the current version (default_version) is assembled
# from one part per concept (sql/parts/NN_concept.sql), so each concept's SQL
# lives beside the others without one grab-bag file.  Released versions'
# install scripts (sql/exchange_rates--1.0.sql) are committed and frozen byte
# for byte (test/cluster/release.sh checks it), and every change since goes
# through an upgrade script (sql/exchange_rates--1.0--1.1.sql) as well as
# through the parts: the upgrade test proves both give the same objects.
SQL_PARTS  = $(addprefix $(src_root),$(call src_files,sql/parts/*.sql))
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql
DATA       = $(filter-out $(DATA_built),$(call src_files,sql/$(EXTENSION)--*.sql))

# pg_regress: test/sql/*.sql against expected/*.out (test/expected links there).
REGRESS      = $(basename $(notdir $(call src_files,test/sql/*.sql)))
REGRESS_OPTS = --inputdir=$(srcdir)/test --outputdir=test/out

# -Wextra on our own code.  unused-parameter and missing-field-initializers
# fire on PostgreSQL's own macros (PG_FUNCTION_ARGS, designated initializers),
# so they are off.  CI adds -Werror through COPT; users' builds never get it.
PG_CPPFLAGS = -I$(srcdir)/src/core -DEXR_VERSION='"$(EXTVERSION)"'
PG_CFLAGS   = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers

EXTRA_CLEAN = build test/out $(DATA_built)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifeq ($(PGXS),)
ifeq ($(filter demo readme test bench load fuzz setup test-versions test-upgrade-server test-citus dist deb test-deb,$(MAKECMDGOALS)),)
$(error pg_config not found: install postgresql-server-dev-15, set PG_CONFIG=, or run `make demo` / `make test` as root)
endif
else
include $(PGXS)
endif

# PGXS does not track header dependencies: rebuild every object when any
# header changes (the project is small; a stale object is a wrong build).
$(OBJS): $(addprefix $(src_root),$(call src_files,src/*.h src/core/*.h))
src/exchange_rates.o: $(EXTENSION).control	# EXR_VERSION, the magic block's version

$(DATA_built): $(SQL_PARTS) $(EXTENSION).control
	cat $(SQL_PARTS) > $@

# ---- core unit tests: plain C, no server --------------------------------
CORE_CFLAGS = -std=c99 -O2 -g -Wall -Wextra -Isrc/core $(COPT)
CORE_TESTS  = $(patsubst test/core/%.c,build/core/%,$(sort $(wildcard test/core/test_*.c)))

build/core/%: test/core/%.c $(CORE_SRCS) $(wildcard src/core/*.h) test/core/unit.h
	@mkdir -p build/core
	$(CC) $(CORE_CFLAGS) -o $@ $< $(CORE_SRCS) -lm

core-test: $(CORE_TESTS)
	prove --verbose --exec '' $(CORE_TESTS)

# ---- core benchmark loop: instruction counts under callgrind ------------
# Each text scanner over the fixture pages, 200 rounds, without a server.
# Instruction counts are repeatable on a shared machine where times are not:
# compare them before and after a change to a scanner.
build/core/scan_loop: test/bench/core/scan_loop.c $(CORE_SRCS) $(wildcard src/core/*.h)
	@mkdir -p build/core
	$(CC) $(CORE_CFLAGS) -o $@ $< $(CORE_SRCS) -lm

core-bench: build/core/scan_loop
	@command -v valgrind >/dev/null || { echo "core-bench needs valgrind (apt-get install valgrind)"; exit 1; }
	@for s in currency money percent articles ticker ticker_snapshot; do \
		valgrind --tool=callgrind --callgrind-out-file=build/core/callgrind.$$s \
			build/core/scan_loop $$s test/fixtures/*.txt 2>&1 | \
			sed -n "s/.*Collected : */$$s: /p"; \
	done

# The article split measured on test/corpus/ (accuracy per language).
corpus: build/core/test_corpus
	./build/core/test_corpus

# ---- fuzzing: libFuzzer + ASan + UBSan on every src/core entry point ----
FUZZ_SECONDS ?= 10
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz.sh

# ---- the README commands -----------------------------------------------
setup:
	bash scripts/setup.sh

demo:
	bash scripts/demo.sh $(PAGE)

readme:
	bash scripts/readme.sh

test:
	bash scripts/test.sh

bench:
	bash scripts/bench.sh

load:
	bash scripts/load.sh

# ---- other PostgreSQL versions and Citus (inputs from $(SHARED)) --------
# SHARED holds pg/ (PostgreSQL trees and headers) and citus/; a relative
# path is read from the repository root.  Each target prints SKIP with the
# reason when its input is missing.
SHARED ?= ../shared

test-versions:
	SHARED=$(SHARED) bash scripts/versions.sh

# The project's own flags for a glue file, one a line (the compile check
# against server headers only, in scripts/versions.sh, adds the server's).
print-glue-flags:
	@printf '%s\n' $(PG_CFLAGS) $(PG_CPPFLAGS)

test-upgrade-server:
	SHARED=$(SHARED) bash scripts/upgrade_server.sh

test-citus:
	SHARED=$(SHARED) bash scripts/citus.sh

# ---- releases: the PGXN zip and the Debian package ---------------------
dist:
	bash scripts/dist.sh

deb:
	bash scripts/deb.sh build

test-deb: deb
	bash scripts/deb.sh test

.PHONY: setup demo readme test bench load core-test core-bench corpus fuzz dist deb test-deb
.PHONY: test-versions test-upgrade-server test-citus print-glue-flags
