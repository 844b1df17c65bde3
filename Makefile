# The two commands of the README. Both install what is missing, configure and build;
# `demo` then settles the bundled sample period, `test` runs the whole suite.

DEMO_FILES := $(sort $(wildcard testdata/demo/*.txt))

FUZZ_SECONDS ?= 60
BENCH_RUNS ?= 10

.PHONY: demo test bench fuzz tidy deps build-release build-dev build-fuzz clean

demo: build-release
	./build/release/apps/recon/recon settle --no-book $(DEMO_FILES) testdata/demo/bank.csv

test: build-dev
	ctest --preset dev

# Speed and memory against wc -l and a pandas script, on generated million-line reports, then the
# micro-benchmarks of the hot paths. The table goes to build/bench/results.md (docs/performance.md).
bench: build-release
	mkdir -p build/bench
	/usr/bin/python3 bench/compare.py --build build/release --runs $(BENCH_RUNS) --output build/bench/results.md
	./build/release/bench/recon_benchmarks --benchmark_min_time=0.2

# Every libFuzzer target for FUZZ_SECONDS each (clang, ASan, UBSan).
fuzz: build-fuzz
	scripts/fuzz $(FUZZ_SECONDS)

# clang-tidy with the checked-in .clang-tidy; any warning fails.
tidy: build-dev
	scripts/tidy

deps:
	@scripts/install-deps

build-release: deps
	cmake --preset release
	cmake --build --preset release

build-dev: deps
	cmake --preset dev
	cmake --build --preset dev

build-fuzz: deps
	cmake --preset fuzz
	cmake --build --preset fuzz

clean:
	rm -rf build
