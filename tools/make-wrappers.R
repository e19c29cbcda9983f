# make-wrappers.R -- regenerate R/extendr-wrappers.R from the built Rust library.
#   Rscript tools/make-wrappers.R   (after R CMD INSTALL .)
# The generated file is committed, so R CMD INSTALL never needs this script.
lib <- system.file("libs", "rheap.so", package = "rheap")
if (!nzchar(lib)) stop("install the package first (R CMD INSTALL .)")
dll <- dyn.load(lib)
code <- .Call("wrap__make_rheap_wrappers", use_symbols = TRUE, package_name = "rheap", PACKAGE = "rheap")
writeLines(code, "R/extendr-wrappers.R")
cat("wrote R/extendr-wrappers.R\n")
