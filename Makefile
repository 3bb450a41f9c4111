# The two set-up commands: `make run` and `make test` (see README.md).
# SPDX-License-Identifier: GPL-3.0-or-later

BUILDDIR ?= _build
MESON_OPTS ?=
ifeq ($(CI),true)
MESON_OPTS += -Dwerror=true
endif

.PHONY: all setup build run test bench fuzz clean

all: build

setup:
	@build-aux/setup.sh

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR) $(MESON_OPTS)

build: setup $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

# Runs from the build tree: the settings schema is compiled into
# $(BUILDDIR)/data, the message catalogues into $(BUILDDIR)/po.
run: build
	GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data GUARANTOR_LOCALEDIR=$(BUILDDIR)/po \
	  $(BUILDDIR)/app/guarantor $(ARGS)

test: build
	@build-aux/run-tests.sh $(BUILDDIR)

bench: build
	meson compile -C $(BUILDDIR) benchmarks
	meson test -C $(BUILDDIR) --benchmark --verbose

# libFuzzer runs of every fuzz target, FUZZ_SECONDS each (default 60),
# built with clang in _build-fuzz (build-aux/fuzz.sh).
fuzz: setup
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) build-aux/fuzz.sh

clean:
	rm -rf $(BUILDDIR) _build-fuzz
