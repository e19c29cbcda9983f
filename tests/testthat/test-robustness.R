# The user's R session survives whatever the simulated code does: R's own errors where R stops,
# interrupts and limits that stop the simulation cleanly, handles that are checked before use.

err_text <- function(expr) tryCatch({ expr; "" }, error = function(e) e$r_message %||% conditionMessage(e))
`%||%` <- function(a, b) if (is.null(a)) b else a

test_that("deep nesting ends in R's own errors (R 4.2.2's texts and depths)", {
  h <- heap()
  expect_identical(err_text(sim_eval(h, paste0("x <- ", strrep("1+", 5000), "1"))),
                   "Error: evaluation nested too deeply: infinite recursion / options(expressions=)?")
  expect_identical(err_text(sim_eval(h, paste0("x <- ", strrep("!", 20000), "TRUE"))),
                   "Error: out of memory while parsing")
  expect_identical(err_text(sim_eval(h, paste0("x <- ", strrep("(", 60), "1", strrep(")", 60)))),
                   "Error: contextstack overflow at line 1")
  expect_identical(err_text(sim_eval(h, "f <- function(x = x) x; f()")),
                   paste("Error in f() : \n  promise already under evaluation: recursive default argument",
                         "reference or earlier problems?"))
  expect_match(err_text(sim_eval(h, "l <- list(); for (i in 1:1e5) l <- list(l); object.size(l)")),
               "^Error: C stack usage  [0-9]+ is too close to the limit$")
  expect_output(sim_eval(h, "x <- 1:3; sum(x)"), "[1] 6", fixed = TRUE)
})

test_that("code that is not valid UTF-8 is R's parser error", {
  h <- heap()
  expect_identical(err_text(sim_eval(h, "y\xff <- 1")), "Error: invalid multibyte character in parser at line 1")
  expect_identical(err_text(sim_eval(h, "x <- \"\xff\"")), "Error: EOF whilst reading MBCS char at line 2")
  expect_identical(err_text(sim_object_size(h, "x\xfe + 1")), "Error: invalid multibyte character in parser at line 2")
  expect_identical(err_text(sim_eval(h, "#\xff\nx\xe9 <- 1")), "Error: invalid multibyte character in parser at line 2")
  # latin1-marked text is converted, as R's parser would read it
  expect_output(sim_eval(h, iconv("x <- \"caf\u00e9\"; nchar(x)", "UTF-8", "latin1")), "[1] 4", fixed = TRUE)
})

test_that("what is not a live session is refused, never dereferenced", {
  h <- heap()
  not_live <- "not a live simulated session"
  expect_error(sim_eval(structure(list(ptr = new("externalptr")), class = "rheap"), "1"), not_live,
               class = "rheap_error")
  other <- getNativeSymbolInfo("wrap__rheap_eval", "rheap")$address
  expect_error(sim_eval(structure(list(ptr = other), class = "rheap"), "1"), not_live, class = "rheap_error")
  expect_error(sim_gc(structure(list(ptr = 1L), class = "rheap")), not_live, class = "rheap_error")
  expect_error(sim_eval(structure(new("externalptr"), class = "RHeap"), "1"), "made by heap()")
  f <- tempfile()
  saveRDS(h, f)
  expect_error(sim_eval(readRDS(f), "1"), not_live, class = "rheap_error")
  expect_output(sim_eval(h, "1 + 1"), "[1] 2", fixed = TRUE)
})

test_that("max_steps stops the simulation with an rheap_error; the session stays usable", {
  h <- heap(max_steps = 1e5)
  e <- tryCatch(sim_eval(h, "x <- 0; repeat x <- x + 1"), error = identity)
  expect_s3_class(e, "rheap_error")
  expect_identical(e$stop, "max_steps")
  expect_match(conditionMessage(e), "rheap stopped the simulation after max_steps = 100000 evaluation steps")
  # the loop ran until it was stopped: x holds the iterations done
  expect_output(sim_eval(h, "x > 40000"), "[1] TRUE", fixed = TRUE)
  expect_output(sim_eval(h, "for (i in 1:100) x <- x + 1; i"), "[1] 100", fixed = TRUE)
  withr_options <- options(rheap.max_steps = 1000)
  on.exit(options(withr_options))
  expect_error(sim_eval(heap(), "for (i in 1:1e6) NULL"), "max_steps = 1000", class = "rheap_error")
  expect_error(heap(max_steps = -1), "max_steps")
})

test_that("setTimeLimit() stops simulated code with R's error; the session stays usable", {
  h <- heap()
  t0 <- proc.time()[["elapsed"]]
  e <- tryCatch({
    setTimeLimit(elapsed = 1, transient = TRUE)
    sim_eval(h, "x <- 0; repeat x <- x + 1")
  }, error = identity)
  setTimeLimit(elapsed = Inf)
  expect_identical(conditionMessage(e), "reached elapsed time limit")
  expect_lt(proc.time()[["elapsed"]] - t0, 10)
  expect_output(sim_eval(h, "x > 0"), "[1] TRUE", fixed = TRUE)
  m <- sim_gc(h)
  expect_gt(m["Ncells", "used"], 2e5)
})

test_that("an interrupt (SIGINT) stops simulated code with R's interrupt condition", {
  skip_on_os("windows")
  h <- heap()
  # a child process interrupts this R process while the simulation runs
  system(sprintf("sleep 1 && kill -INT %d", Sys.getpid()), wait = FALSE)
  t0 <- proc.time()[["elapsed"]]
  cond <- tryCatch(sim_eval(h, "x <- 0; repeat x <- x + 1"), interrupt = identity)
  expect_s3_class(cond, "interrupt")
  expect_lt(proc.time()[["elapsed"]] - t0, 10)
  expect_output(sim_eval(h, "x > 0"), "[1] TRUE", fixed = TRUE)
  expect_output(sim_eval(h, "y <- numeric(10); length(y)"), "[1] 10", fixed = TRUE)
})

test_that("an internal failure is an rheap_error saying so, prints nothing else, and the session goes on", {
  h <- heap()
  sim_eval(h, "keep <- 1:10")
  e <- tryCatch(rheap:::rust(rheap:::rheap_internal_failure(h$ptr)), error = identity)
  expect_s3_class(e, "rheap_error")
  expect_match(conditionMessage(e), "rheap internal error (please report it): the internal failure the tests ask for",
               fixed = TRUE)
  expect_output(sim_eval(h, "sum(keep)"), "[1] 55", fixed = TRUE)
  # nothing reaches the console besides R's error (no Rust panic message or backtrace), even with
  # RUST_BACKTRACE set
  code <- "h <- rheap::heap(); try(rheap:::rust(rheap:::rheap_internal_failure(h$ptr)), silent = TRUE); cat('done')"
  out <- system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", "-e", shQuote(code)),
                 stdout = TRUE, stderr = TRUE, env = "RUST_BACKTRACE=1")
  expect_identical(out, "done")
})

test_that("R's errors where R errors, with R's text (as Rscript prints them)", {
  codes <- c("matrix(0, -1, 2)", "matrix(0, 2, NA)", "matrix(1:6, 2, 3, byrow = NA)", "rep(1, NA)",
             "rep(1:2, times = c(1, NA))", "rep(1, each = -1)", "seq_len(1e16)", "seq_len(-1)",
             "function(x, x) 1", "c(1,,2)", "list(a = 1, a =)", "sum(1,,2)", "1e", "x <- 1; 1e+\n",
             "f(1,\n 1e)", "x <- \"a\" \"b\"", "1.2.3", "x <- )", "0x", "5L5")
  h <- heap()
  sim <- vapply(codes, function(code) err_text(sim_eval(h, code)), "")
  # the same code in a child Rscript: its error, as R prints it
  real <- vapply(codes, function(code) {
    f <- tempfile(fileext = ".R")
    on.exit(unlink(f))
    writeLines(code, f)
    out <- suppressWarnings(system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", f),
                                    stdout = TRUE, stderr = TRUE))
    paste(head(out, -1), collapse = "\n")  # without "Execution halted"
  }, "")
  expect_identical(unname(sim), unname(real))
  expect_snapshot(cat(sim, sep = "\n"))
  # the session goes on
  expect_output(sim_eval(h, "rep(1:2, times = 2:3)"), "[1] 1 1 2 2 2", fixed = TRUE)
})

test_that("an external pointer dressed as a session is refused", {
  expect_error(sim_eval(structure(new("externalptr"), class = "rheap"), "1"), "made by heap()")
})
