test_that("the seed's example prints what R prints", {
  h <- heap()
  expect_snapshot({
    sim_eval(h, "mydata <- matrix(rnorm(1000000), nrow = 1000)")
    sim_eval(h, "object.size(mydata)")
    sim_eval(h, "gcinfo('verbose')")
    sim_eval(h, "rm(mydata)")
  })
  # R 4.2.2 prints 8000216 bytes for this matrix
  expect_equal(as.numeric(sim_object_size(h, "matrix(0, 1000, 1000)")), 8000216)
})

test_that("sim_gcinfo() without an argument fails as gcinfo() does", {
  expect_error(sim_gcinfo(heap()), 'argument "verbose" is missing, with no default', fixed = TRUE)
})

test_that("sim_gcinfo() returns the previous flag and reports collections", {
  h <- heap()
  expect_false(sim_gcinfo(h, TRUE))
  expect_true(sim_gcinfo(h, NA))
  expect_message(sim_eval(h, "l <- lapply(1:10, function(i) numeric(1e6))"),
                 "Garbage collection 2 = 0+0+2 (level 2) ... ", fixed = TRUE)
  expect_true(sim_gcinfo(h, FALSE))
  expect_silent(sim_eval(h, "l2 <- lapply(1:10, function(i) numeric(1e6))"))
})

test_that("stop() names the function that called it, as R does", {
  h <- heap()
  err <- tryCatch(sim_eval(h, 'f <- function(x) stop("bad x: ", x)\ng <- function() f(1)\ng()'),
                  error = function(e) e)
  expect_identical(err$r_message, "Error in f(1) : bad x: 1")
  # the condition carries R's message and call, so R prints it as its own error
  expect_identical(conditionMessage(err), "bad x: 1 [simulated code, line 1]")
  expect_identical(conditionCall(err), quote(f(1)))
  expect_identical(try(sim_eval(h, "g()"), silent = TRUE)[1], "Error in f(1) : bad x: 1 [simulated code, line 1]\n")
  expect_identical(try(sim_eval(h, "stop('plain')"), silent = TRUE)[1], "Error : plain [simulated code, line 1]\n")
  expect_message(sim_eval(h, "r <- try(f(3))"), "Error in f(3) : bad x: 3", fixed = TRUE)
  expect_output(sim_eval(h, "tryCatch(f(2), error = function(e) conditionMessage(e))"), "bad x: 2", fixed = TRUE)
})

test_that("errors in simulated code are R errors and leave the session usable", {
  h <- heap()
  sim_eval(h, "x <- 1:10")
  err <- tryCatch(sim_eval(h, "y <- 2\nnumeric(-1)"), error = function(e) e)
  expect_s3_class(err, "rheap_error")
  expect_identical(err$r_message, "Error in numeric(-1) : invalid 'length' argument")
  expect_identical(err$line, 2)
  expect_output(sim_eval(h, "sum(x) + y"), "[1] 57", fixed = TRUE)
  expect_error(sim_eval(h, "f(1 +"), "unexpected end of input")
  expect_error(sim_eval(h, "undefined_function_xyz(1)"), "could not find function \"undefined_function_xyz\"")
})

test_that("warnings of a call that fails follow its error, as R prints them", {
  h <- heap()
  err <- tryCatch(sim_eval(h, "f <- function() { warning('w1'); warning('w2'); stop('boom') }\nf()"),
                  error = function(e) e)
  expect_identical(err$r_message, "Error in f() : boom")
  # Rscript --vanilla prints these lines after "Error in f() : boom"
  expect_identical(err$in_addition, "In addition: Warning messages:\n1: In f() : w1\n2: In f() : w2\n")
  expect_identical(conditionMessage(err), paste0("boom [simulated code, line 1]\n",
                                                 "In addition: Warning messages:\n1: In f() : w1\n2: In f() : w2"))
  err <- tryCatch(sim_eval(h, "stop('plain')"), error = function(e) e)
  expect_null(err$in_addition)
})

test_that("a percent sign in a message is just a character", {
  h <- heap()
  expect_error(sim_eval(h, 'stop("100% sure %s %d")'), "100% sure %s %d", fixed = TRUE)
  expect_output(sim_eval(h, '`a%b` <- 5; `a%b`'), "[1] 5", fixed = TRUE)
})

test_that("impossible sizes fail with R 4.2.2's messages", {
  h <- heap()
  expect_error(sim_eval(h, "x <- numeric(1e12)"), "cannot allocate vector of size 7450.6 Gb", fixed = TRUE)
  expect_error(sim_eval(h, "x <- numeric(2^62)"), "vector size specified is too large", fixed = TRUE)
  sim_eval(h, "invisible(mem.maxVSize(100)); x <- numeric(5e6)")
  expect_error(sim_eval(h, "y <- numeric(1e7)"), "vector memory exhausted (limit reached?)", fixed = TRUE)
  # the session is still there and consistent
  expect_equal(dim(sim_gc(h)), c(2L, 7L))
})

test_that("code can be a quoted expression and scripts can be sourced", {
  h <- heap()
  expect_output(sim_eval(h, quote(length(1:10))), "[1] 10", fixed = TRUE)
  f <- tempfile(fileext = ".R")
  writeLines(c("x <- numeric(1e6)", "print(length(x))", "length(x)"), f)
  expect_output(sim_source(h, f), "^\\[1\\] 1000000\\s*$")
  expect_error(sim_source(h, "no/such/file.R"), "existing R script")
})

test_that("recursion, Recall() and R's nesting limits", {
  h <- heap()
  expect_output(sim_eval(h, "fib <- function(n) if (n < 2) n else Recall(n - 1) + Recall(n - 2); fib(15)"),
                "[1] 610", fixed = TRUE)
  # R 4.2.2 on an 8 MiB stack stops a plain recursion at its 651st nested call (the model's usage:
  # 651 compiled bodies and the first, interpreted, call's eval)
  expect_error(sim_eval(h, "f <- function() f(); f()"), "C stack usage  7976074 is too close to the limit",
               fixed = TRUE)
  expect_error(sim_eval(h, "options(expressions = 100); g <- function(n) g(n + 1); g(1)"),
               "evaluation nested too deeply: infinite recursion / options(expressions=)?", fixed = TRUE)
})
