# run-tests.R -- run the testthat suite against the installed package; print a summary line
# ("N passed, N failed") and fail the process on any failure.
library(testthat)
res <- as.data.frame(test_dir("tests/testthat", package = "rheap", load_package = "installed",
                              reporter = ProgressReporter$new(show_praise = FALSE), stop_on_failure = FALSE))
passed <- sum(res$passed)
failed <- sum(res$failed) + sum(res$error)
skipped <- sum(res$skipped)
cat(sprintf("testthat: %d passed, %d failed, %d skipped\n", passed, failed, skipped))
if (failed > 0) quit(status = 1)
