# rheap: two commands on a fresh Debian machine (as root): `make demo` and `make test`.
# R and R packages come from Debian (CRAN is not used); Rust comes from rustup (cargo on PATH).

R_PKGS := r-base-dev r-cran-testthat r-cran-jsonlite
# `make check` builds the vignette too: knitr, rmarkdown and pandoc
CHECK_PKGS := r-cran-knitr r-cran-rmarkdown pandoc
export NOT_CRAN := true

.PHONY: all deps check-deps install demo test rust-test r-test check wrappers docs clean corpus corpus-record

all: test

# Install R from Debian when Rscript or testthat is missing; nothing when present.
deps:
	@command -v cargo >/dev/null 2>&1 || { echo "error: cargo not found; install Rust with rustup first" >&2; exit 1; }
	@if command -v Rscript >/dev/null 2>&1 && Rscript -e 'quit(status = !all(sapply(c("testthat", "jsonlite"), requireNamespace, quietly = TRUE)))' >/dev/null 2>&1; then \
		echo "R $$(Rscript -e 'cat(format(getRversion()))') with testthat and jsonlite: present"; \
	else \
		echo "installing R from Debian: $(R_PKGS)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(R_PKGS); \
	fi

# What R CMD check needs besides: the vignette builder (knitr, rmarkdown) and pandoc.
check-deps: deps
	@if command -v pandoc >/dev/null 2>&1 && Rscript -e 'quit(status = !all(sapply(c("knitr", "rmarkdown"), requireNamespace, quietly = TRUE)))' >/dev/null 2>&1; then \
		echo "knitr, rmarkdown and pandoc: present"; \
	else \
		echo "installing the vignette tools from Debian: $(CHECK_PKGS)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(CHECK_PKGS); \
	fi

install: deps
	R CMD INSTALL --no-multiarch .

demo: install
	Rscript --vanilla tools/demo.R

rust-test: deps
	cargo test --workspace

r-test: install
	Rscript --vanilla tools/run-tests.R

test: rust-test r-test

# Regenerate R/extendr-wrappers.R and the Rd files after changing the binding.
wrappers: install
	Rscript tools/make-wrappers.R
	Rscript -e 'roxygen2::roxygenise()'
	R CMD INSTALL --no-multiarch .

# R CMD build and R CMD check --no-manual (the vignette built, the examples and tests run), in
# CHECK_DIR. R CMD build copies the whole source directory before it drops what .Rbuildignore
# names, so it is given a copy without the cargo target dirs (gigabytes) and .git. The package
# is built from scratch twice (for the vignette, then by check).
CHECK_DIR ?= /tmp/rheap-check-$(notdir $(CURDIR))
check: check-deps
	rm -rf $(CHECK_DIR) && mkdir -p $(CHECK_DIR)/rheap
	tar -C $(CURDIR) --exclude=./target --exclude=./src/rust/target --exclude=./.git -cf - . | tar -C $(CHECK_DIR)/rheap -xf -
	cd $(CHECK_DIR) && R CMD build rheap && _R_CHECK_FORCE_SUGGESTS_=false R CMD check --no-manual rheap_*.tar.gz

# The public corpus (tests/corpus): run every script in the simulator and compare with real R's
# recordings; prints the figures and the blockers, writes tests/corpus/{results,blockers,functions}.tsv.
corpus: deps
	cargo build --release -q -p rheap-core --example run
	Rscript --vanilla tools/corpus/compare.R
	Rscript --vanilla tools/corpus/functions.R

# Rebuild the corpus from its sources and record it again in real R (about an hour).
corpus-record: deps
	Rscript --vanilla tools/corpus/build.R
	Rscript --vanilla tools/corpus/record.R

clean:
	rm -rf target src/rust/target src/*.o src/*.so
