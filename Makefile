# mps — build, test, bench, install.
# Generated sources (re2c lexer, lemon parser) go to $(B)/gen, objects to $(B)/obj.

CC       ?= cc
PREFIX   ?= /usr/local
DESTDIR  ?=
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
WARN     := -Wall -Wextra
CPPFLAGS += -I. -I$(B)/gen -D_GNU_SOURCE
LDLIBS   += -lgmp -lm -lpthread
B        ?= build
PROG     ?= mps

# line editing: readline when its header is present at build time
ifneq ($(wildcard /usr/include/readline/readline.h),)
CPPFLAGS += -DMPS_HAVE_READLINE
LDLIBS   += -lreadline
endif

SRC  := $(sort $(wildcard grammar/*.c vm/*.c runtime/*.c stdlib/*.c))
GEN  := $(B)/gen/lexer.c $(B)/gen/parser.c
OBJ  := $(SRC:%.c=$(B)/obj/%.o) $(B)/obj/gen/lexer.o $(B)/obj/gen/parser.o

all: tools $(PROG)

$(PROG): $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LDLIBS)

$(B)/obj/%.o: %.c | tools
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -MMD -MP -c -o $@ $<

$(B)/gen/parser.c $(B)/gen/parser.h: grammar/parser.y | tools
	@mkdir -p $(B)/gen
	cp grammar/parser.y $(B)/gen/parser.y
	lemon -q -d$(B)/gen $(B)/gen/parser.y

$(B)/gen/lexer.c: grammar/lexer.re $(B)/gen/parser.h | tools
	@mkdir -p $(B)/gen
	re2c -W --no-generation-date -o $@ grammar/lexer.re

# generated code: lemon's template draws unused-* warnings; silence them here only
$(B)/obj/gen/%.o: $(B)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Igrammar $(CFLAGS) $(WARN) -Wno-unused-parameter -Wno-unused-variable -Wno-unused-but-set-variable -Wno-unused-function -Wno-sign-compare -Wno-implicit-fallthrough -MMD -MP -c -o $@ $<

$(OBJ): | $(B)/gen/parser.h

# build tools: install them when root, else say what is missing
tools:
	@sh .ci/need-tools.sh

asan:
	$(MAKE) B=build-asan PROG=mps-asan OPT="-O1 -fno-omit-frame-pointer -fsanitize=address,undefined" LDFLAGS="-fsanitize=address,undefined"

test: all
	tests/run.sh --interp ./$(PROG)

test-asan: asan
	ASAN_OPTIONS=detect_leaks=0 tests/run.sh --interp ./mps-asan

demo: all
	./$(PROG) examples/gil_demo.mps

bench: all
	python3 bench/run.py --interp ./$(PROG)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(PROG) $(DESTDIR)$(PREFIX)/bin/mps
	install -m 644 docs/mps.1 $(DESTDIR)$(PREFIX)/share/man/man1/mps.1

clean:
	rm -rf build build-asan mps mps-asan

.PHONY: all asan test test-asan demo bench install clean tools
-include $(OBJ:.o=.d)
