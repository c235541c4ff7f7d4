# minode's front door. `make help` lists the targets; CMake does the real build.
#
#   make deps          install the Debian packages minode needs (idempotent)
#   make               build build/minode and the unit tests
#   make test          unit tests + conformance suite + node cross-check + doc checks
#   make spec          the conformance suite under minode   (SPEC=dir to narrow)
#   make spec-node     the same suite under real node (checks the spec itself)
#   make docs          Doxygen API docs (fails on any warning)
#   make grade EX=name grade one exercise (see exercises/README.md)
#   make example       build, then run the main example
BUILD ?= build
JOBS ?= 2
SPEC ?= spec-tests
CMAKE_FLAGS ?=

.PHONY: all build deps test unit spec spec-node docs chapters-check exercises-check grade example clean help asan

all: build

deps:
	@bash tools/deps.sh

build: $(BUILD)/build.ninja
	@cmake --build $(BUILD) -j $(JOBS)

$(BUILD)/build.ninja:
	@cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS) >/dev/null

unit: build
	@$(BUILD)/unit_tests

spec: build
	@MINODE=$(BUILD)/minode bash spec-tests/run.sh $(SPEC)

spec-node:
	@bash spec-tests/run.sh --node $(SPEC)

docs:
	@bash tools/docs.sh

chapters-check:
	@bash tools/chapters-check.sh

exercises-check: build
	@BUILD=$(BUILD) bash tools/exercises-check.sh

grade:
	@BUILD=$(BUILD) bash tools/grade.sh $(EX)

test: build
	@bash tools/test-all.sh $(BUILD)

example: build
	@$(BUILD)/minode examples/hello.js

asan:
	@$(MAKE) BUILD=build-asan CMAKE_FLAGS="-DMINODE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug" build

clean:
	rm -rf $(BUILD)

help:
	@sed -n '1,12p' Makefile
