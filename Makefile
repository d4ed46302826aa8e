# mps — build, test, bench, install.
# Generated sources (re2c lexer, lemon parser) go to $(B)/gen, objects to $(B)/obj.
#
#   make                 build ./mps (installs missing build tools when root)
#   make test            build and run the test suite
#   make demo            build and run examples/gil_demo.mps
#   make asan test-asan  the same with AddressSanitizer + UBSan (./mps-asan)
#   make bench           benchmarks against python3 (and lua5.4)
#   make seedcheck       the seed programs of ../shared, when present
#   make install PREFIX=/usr/local DESTDIR=

CC       ?= cc
PREFIX   ?= /usr/local
DESTDIR  ?=
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
WARN     := -Wall -Wextra
CPPFLAGS += -I. -I$(B)/gen -D_GNU_SOURCE
B        ?= build
PROG     ?= mps
NPROC    := $(shell nproc 2>/dev/null || echo 2)
SEEDCHECK := ../shared/tools/seedcheck

# line editing: readline when its header is present at build time
ifneq ($(wildcard /usr/include/readline/readline.h),)
CPPFLAGS += -DMPS_HAVE_READLINE
RL_LIBS  := -lreadline
endif

# Start-up time: resolving the symbols of libgmp, libpcre2, libnettle, libreadline and
# libtinfo at every start costs about a third of `mps -c pass`. Link them
# statically when their archives are installed (STATIC_LIBS=0 to link
# dynamically).
STATIC_LIBS ?= 1
LIBDIR := /usr/lib/$(shell $(CC) -dumpmachine 2>/dev/null)
ifeq ($(STATIC_LIBS)$(if $(wildcard $(LIBDIR)/libgmp.a),y)$(if $(wildcard $(LIBDIR)/libpcre2-8.a),y)$(if $(wildcard $(LIBDIR)/libnettle.a),y)$(if $(RL_LIBS),$(if $(wildcard $(LIBDIR)/libreadline.a $(LIBDIR)/libtinfo.a),y,n),y),1yyyy)
LDLIBS   += -Wl,-Bstatic -lgmp -lpcre2-8 -lnettle $(if $(RL_LIBS),-lreadline -ltinfo) -Wl,-Bdynamic -lm -lpthread
else
LDLIBS   += -lgmp -lpcre2-8 -lnettle $(RL_LIBS) -lm -lpthread
endif

SRC  := $(sort $(wildcard grammar/*.c vm/*.c runtime/*.c stdlib/*.c))
LIB  := $(sort $(wildcard stdlib/lib/*.mps))
GEN  := $(B)/gen/lexer.c $(B)/gen/parser.c $(B)/gen/embedded.c
# OBJ0: everything but the table of precompiled stdlib modules, which the
# stage-0 binary (linked with an empty table) writes: see runtime/freeze.c
OBJ0 := $(SRC:%.c=$(B)/obj/%.o) $(GEN:$(B)/gen/%.c=$(B)/obj/gen/%.o)
OBJ  := $(OBJ0) $(B)/obj/gen/frozen.o

# `make` first makes sure the tools exist, then builds in a second make run
# (so that a readline installed just now is seen) in parallel unless the
# caller chose -j itself.
all: tools
	@$(MAKE) --no-print-directory $(if $(findstring -j,$(MAKEFLAGS)),,-j$(NPROC)) $(PROG) MPS_TOOLS_OK=1

TOOLS_DEP := $(if $(MPS_TOOLS_OK),,tools)

$(PROG): $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LDLIBS)

$(B)/mps-stage0: $(OBJ0) $(B)/obj/gen/frozen0.o
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ0) $(B)/obj/gen/frozen0.o $(LDLIBS)

$(B)/gen/frozen0.c:
	@mkdir -p $(B)/gen
	printf '#include "runtime/embedded.h"\nconst MpsFrozen mps_frozen[] = { { 0, 0, 0 } };\n' >$@

$(B)/gen/frozen.c: $(B)/mps-stage0
	ASAN_OPTIONS=detect_leaks=0 $(B)/mps-stage0 --freeze $@.tmp && mv $@.tmp $@

$(B)/obj/%.o: %.c | $(TOOLS_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -MMD -MP -c -o $@ $<

$(B)/gen/parser.c $(B)/gen/parser.h &: grammar/parser.y | $(TOOLS_DEP)
	@mkdir -p $(B)/gen
	cp grammar/parser.y $(B)/gen/parser.y
	lemon -q -d$(B)/gen $(B)/gen/parser.y
	@touch $(B)/gen/parser.h   # lemon leaves an unchanged header untouched

$(B)/gen/lexer.c: grammar/lexer.re $(B)/gen/parser.h | $(TOOLS_DEP)
	@mkdir -p $(B)/gen
	re2c -W --no-generation-date -o $@ grammar/lexer.re

# stdlib modules written in mps (stdlib/lib/*.mps), compiled into the binary
$(B)/gen/embedded.c: runtime/embed.sh $(LIB)
	@mkdir -p $(B)/gen
	sh runtime/embed.sh $(LIB) >$@.tmp && mv $@.tmp $@

# generated code: lemon's template draws unused-* warnings; silence them here only
$(B)/obj/gen/%.o: $(B)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Igrammar $(CFLAGS) $(WARN) -Wno-unused-parameter -Wno-unused-variable -Wno-unused-but-set-variable -Wno-unused-function -Wno-sign-compare -Wno-implicit-fallthrough -MMD -MP -c -o $@ $<

$(OBJ): | $(B)/gen/parser.h

# build tools: install them when root, else say what is missing
tools:
	@sh .ci/need-tools.sh

asan:
	@$(MAKE) --no-print-directory B=build-asan PROG=mps-asan OPT="-O1 -fno-omit-frame-pointer -fsanitize=address,undefined" LDFLAGS="-fsanitize=address,undefined"

test: all
	tests/run.sh --interp ./$(PROG)

# handle_segv=0: the pool tests kill a worker with SIGSEGV on purpose; a
# real crash still fails its test (by its signal, without ASan's report)
test-asan: asan
	ASAN_OPTIONS=detect_leaks=0:handle_segv=0:allocator_may_return_null=1 tests/run.sh --interp ./mps-asan

demo: all
	./$(PROG) examples/gil_demo.mps

bench: all
	python3 bench/run.py --interp ./$(PROG)

seedcheck: all
	@if [ -x $(SEEDCHECK) ]; then $(SEEDCHECK) --interp ./$(PROG); \
	else echo "seedcheck: $(SEEDCHECK) not found (needs ../shared)"; fi

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(PROG) $(DESTDIR)$(PREFIX)/bin/mps
	install -m 644 docs/mps.1 $(DESTDIR)$(PREFIX)/share/man/man1/mps.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/mps $(DESTDIR)$(PREFIX)/share/man/man1/mps.1

clean:
	rm -rf build build-asan mps mps-asan

.PHONY: all asan test test-asan demo bench seedcheck install uninstall clean tools
-include $(OBJ:.o=.d) $(B)/obj/gen/frozen0.d
