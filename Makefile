# tierfit — `make run` builds and serves the app; `make test` checks everything.
GO      ?= go
BASE    ?= /
DIST    ?= dist
ADDR    ?= 127.0.0.1:8000
BUILD   := build
WASM    := $(BUILD)/app.wasm
CLI     := $(BUILD)/tierfit
# Only the ECharts parts tierfit draws (web/src/charts-entry.js), bundled by the
# pinned esbuild: 0.54 MB instead of the 1.03 MB full build.
ECHARTS := $(BUILD)/echarts.min.js
NPM     := node_modules/.package-lock.json
# The same flags for every wasm build: smaller, and no local paths inside.
WASMFLAGS := -trimpath -ldflags='-s -w'
# What app.wasm is built from; internal/site, internal/cli and e2e are native only.
WASM_PKGS := ./app/... ./internal/ui/... ./rules/... ./plans/...

.PHONY: run static test lint clean wasm cli npm-check chromium-note

run: static
	$(CLI) serve -dir $(DIST) -addr $(ADDR) -base $(BASE)

static: wasm cli $(ECHARTS)
	$(CLI) static -out $(DIST) -base $(BASE) -wasm $(WASM) -echarts $(ECHARTS) -cache $(BUILD)/compressed

# go build is incremental, so these always run and cost little when nothing changed.
wasm:
	@mkdir -p $(BUILD)
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $(WASM) ./app

cli:
	@mkdir -p $(BUILD)
	$(GO) build -o $(CLI) ./app

$(NPM): package.json package-lock.json | npm-check
	npm ci --no-audit --no-fund
	@touch $@

$(ECHARTS): web/src/charts-entry.js $(NPM)
	@mkdir -p $(BUILD)
	node_modules/.bin/esbuild web/src/charts-entry.js --bundle --minify --format=iife --target=es2017 \
	  --legal-comments=eof --log-level=warning --outfile=$@ \
	  --banner:js="/*! Apache ECharts $$(node -p 'require("echarts/package.json").version') | Apache License 2.0 | https://echarts.apache.org */"

npm-check:
	@command -v npm >/dev/null 2>&1 || { echo "tierfit: npm is missing — install Node.js with npm (Debian: apt-get install -y npm); it fetches the pinned ECharts."; exit 1; }

chromium-note:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 || [ -n "$$CHROME_PATH" ] || \
	  echo "tierfit: Chromium is missing — browser tests will be SKIPPED (fail under CI); install it with: apt-get install -y chromium"

# The browser tests also open the site built for a sub-path (/tierfit/), and
# render every exported timeline with the pinned Mermaid (.ci/mermaid, never
# served).
SUBDIST := $(BUILD)/dist-sub
MERMAID := .ci/mermaid/node_modules/.package-lock.json

$(MERMAID): .ci/mermaid/package.json .ci/mermaid/package-lock.json | npm-check
	npm ci --prefix .ci/mermaid --no-audit --no-fund --loglevel=error
	@touch $@

# make lint: gofmt, go vet and staticcheck (pinned, from the Go module proxy),
# native and for the wasm build.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(BUILD)/tools/$(STATICCHECK_VERSION)/staticcheck

$(STATICCHECK):
	@mkdir -p $(dir $@)
	GOBIN=$(abspath $(dir $@)) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

lint: $(STATICCHECK)
	@out=$$(gofmt -l app internal rules plans e2e); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet $(WASM_PKGS)
	$(STATICCHECK) ./...
	GOOS=js GOARCH=wasm $(STATICCHECK) $(WASM_PKGS)

test: lint static bare chromium-note $(MERMAID)
	$(CLI) static -out $(SUBDIST) -base /tierfit/ -wasm $(WASM) -echarts $(ECHARTS) -cache $(BUILD)/compressed
	TIERFIT_DIST=$(abspath $(DIST)) TIERFIT_DIST_SUB=$(abspath $(SUBDIST)) TIERFIT_WASM=$(abspath $(WASM)) \
	TIERFIT_BENCH_BARE=$(abspath $(BARE)) TIERFIT_BENCH_OUT=$(abspath $(BENCH)/smoke.json) \
	TIERFIT_BENCH_RUNS=1 TIERFIT_BENCH_EDITS=5 TIERFIT_BENCH_MEM_EDITS=20 \
	$(GO) test -count=1 -timeout 20m ./...
	$(GO) test -run '^$$' -bench . -benchtime 1x ./rules/ ./plans/ > /dev/null # the benchmarks still run

clean:
	rm -rf $(BUILD) $(DIST) node_modules

# make bench: the bare go-app page (e2e/testdata/barepage) and tierfit, built
# with the same toolchain and flags and served by the same handler, each
# loaded cold BENCH_RUNS times in headless Chromium; tierfit's edits and
# memory; the Go benchmarks of rules/ and plans/. Prints one table and writes
# build/bench/bench.json (and bench.md, the table the README shows).
# make test runs the same harness briefly (build/bench/smoke.json) so it keeps
# working; its figures are not the benchmark.
BENCH      := $(BUILD)/bench
BARE       := $(BENCH)/bare
BENCH_RUNS ?= 7
BENCH_EDITS ?= 60
BENCH_MEM_EDITS ?= 1000
.PHONY: bench bare
bare: cli
	@mkdir -p $(BENCH)
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $(BENCH)/bare.wasm ./e2e/testdata/barepage
	$(GO) run ./e2e/testdata/barepage -out $(BARE) -wasm $(BENCH)/bare.wasm -icon web/icon-192.png
	$(CLI) compress -dir $(BARE) -cache $(BUILD)/compressed

bench: static bare
	$(GO) test -run '^$$' -bench . -benchmem ./rules/ ./plans/ > $(BENCH)/go.txt || { cat $(BENCH)/go.txt; exit 1; }
	@cat $(BENCH)/go.txt
	TIERFIT_DIST=$(abspath $(DIST)) TIERFIT_BENCH_BARE=$(abspath $(BARE)) TIERFIT_BENCH_OUT=$(abspath $(BENCH)/bench.json) \
	TIERFIT_BENCH_GO=$(abspath $(BENCH)/go.txt) TIERFIT_BENCH_RUNS=$(BENCH_RUNS) TIERFIT_BENCH_EDITS=$(BENCH_EDITS) \
	TIERFIT_BENCH_MEM_EDITS=$(BENCH_MEM_EDITS) $(GO) test -count=1 -timeout 30m -run '^TestBenchPages$$' -v ./e2e
	@echo "tierfit: wrote $(BENCH)/bench.json and $(BENCH)/bench.md"

# Screenshots of the main view (desktop, a 390 px phone, Chinese) taken by the
# browser tests; the README links the copies in e2e/testdata/screenshots.
.PHONY: screenshots
screenshots: static
	TIERFIT_DIST=$(abspath $(DIST)) $(GO) test -count=1 -run 'TestUIScreenshots|TestUILanguage' ./e2e
	cp build/screenshots/main-desktop.png build/screenshots/charts-desktop.png build/screenshots/main-phone.png \
	   build/screenshots/result-phone.png build/screenshots/main-phone-zh.png build/screenshots/main-zh.png \
	   build/screenshots/vendors-desktop.png build/screenshots/vendors-phone.png e2e/testdata/screenshots/

# Lighthouse (pinned in .ci/audit) against `serve`, desktop preset; prints the
# category scores. Targets: accessibility 100, best practices 100, SEO ≥ 90,
# performance ≥ 95.
AUDIT_ADDR ?= 127.0.0.1:8765
.PHONY: audit
audit: static
	npm ci --prefix .ci/audit --no-audit --no-fund
	@$(CLI) serve -dir $(DIST) -addr $(AUDIT_ADDR) >/dev/null & pid=$$!; sleep 1; \
	CHROME_PATH=$${CHROME_PATH:-$$(command -v chromium)} .ci/audit/node_modules/.bin/lighthouse http://$(AUDIT_ADDR)/ \
	  --preset=desktop --quiet --output=json --output-path=$(BUILD)/lighthouse.json \
	  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"; \
	status=$$?; kill $$pid; [ $$status -eq 0 ] || exit $$status; \
	node -e 'const r = require("./$(BUILD)/lighthouse.json"); for (const c of Object.values(r.categories)) console.log((c.title + ":").padEnd(16), Math.round(c.score * 100)); for (const a of Object.values(r.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary") console.log("  failed:", a.id, "-", a.title)'

# Each fuzz target runs for FUZZTIME; `go test` (make test) runs their seeds.
FUZZTIME ?= 60s
.PHONY: fuzz
fuzz:
	$(GO) test ./rules -run '^$$' -fuzz '^FuzzScenario$$' -fuzztime $(FUZZTIME)
	$(GO) test ./rules -run '^$$' -fuzz '^FuzzCatalog$$' -fuzztime $(FUZZTIME)
	$(GO) test ./plans -run '^$$' -fuzz '^FuzzChecklist$$' -fuzztime $(FUZZTIME)
	$(GO) test ./internal/ui -run '^$$' -fuzz '^FuzzShareFragment$$' -fuzztime $(FUZZTIME)
	$(GO) test ./internal/ui -run '^$$' -fuzz '^FuzzAddress$$' -fuzztime $(FUZZTIME)
	$(GO) test ./internal/ui -run '^$$' -fuzz '^FuzzStoredCatalogs$$' -fuzztime $(FUZZTIME)
