# The README's two commands: `make run` and `make test`. Everything else is a helper for them.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: run test deps configure build clean sanitize format performance fuzz translations

deps:
	@./.ci/install-deps

$(BUILD_DIR)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/bin/lstmviz

test: build
	cd $(BUILD_DIR) && OMP_NUM_THREADS=1 QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# Everything again under AddressSanitizer + UndefinedBehaviorSanitizer, in its own build directory
# (-O1, assertions on: build type "Sanitize" adds no flags of its own). Any report fails the test.
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
sanitize: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Sanitize -DLSTMVIZ_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build build-asan -j $(JOBS)
	cd build-asan && $(SANITIZER_ENV) OMP_NUM_THREADS=1 QT_QPA_PLATFORM=offscreen \
		ctest --output-on-failure -j $(JOBS)

# docs/performance.md: lstmviz against torch.nn.LSTM, measured side by side on this machine.
performance: build
	@./.ci/install-deps python3-torch libopenblas0-pthread
	/usr/bin/python3 tests/bench/performance_table.py

# libFuzzer targets (clang), 60 s each; see docs/reliability.md.
fuzz: deps
	tests/fuzz/run_fuzzers.sh 60

# Korean and Japanese: new and changed tr() strings into the .ts files (then translate them).
translations: deps
	/usr/lib/qt6/bin/lupdate ui app -locations none -no-obsolete \
		-ts resources/translations/lstmviz_ko.ts resources/translations/lstmviz_ja.ts

format:
	clang-format -i $$(git ls-files '*.h' '*.cpp')

clean:
	rm -rf $(BUILD_DIR)
