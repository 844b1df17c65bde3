# The two commands of the README. Both install what is missing, configure and build;
# `demo` then settles the bundled sample period, `test` runs the whole suite.

DEMO_FILES := $(sort $(wildcard testdata/demo/*.txt))

.PHONY: demo test deps build-release build-dev clean

demo: build-release
	./build/release/apps/recon/recon settle --no-book $(DEMO_FILES) testdata/demo/bank.csv

test: build-dev
	ctest --preset dev

deps:
	@scripts/install-deps

build-release: deps
	cmake --preset release
	cmake --build --preset release

build-dev: deps
	cmake --preset dev
	cmake --build --preset dev

clean:
	rm -rf build
