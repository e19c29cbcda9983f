# simulate(), sim_objects(), what_if(), plot() and the expect_sim_*() budgets. Numbers come from real
# R 4.2.2: the workload traces (tests/workloads/*.json, recorded by tools/record_workloads.sh) and
# facts checked in Rscript --vanilla (noted beside each).

workload <- function(name) {
  root <- testthat::test_path("..", "workloads")
  skip_if_not(dir.exists(root), "the workload traces are not in the built package")
  list(script = file.path(root, paste0(name, ".R")),
       trace = jsonlite::fromJSON(file.path(root, paste0(name, ".json")), simplifyVector = FALSE))
}

start_matrix <- function(s) {
  matrix(c(s$ncells_used, s$vcells_used, s$ncells_used_mb, s$vcells_used_mb, s$ncells_trigger,
           s$vcells_trigger, s$ncells_trigger_mb, s$vcells_trigger_mb, s$ncells_max_used, s$vcells_max_used,
           s$ncells_max_used_mb, s$vcells_max_used_mb), 2L,
         dimnames = list(c("Ncells", "Vcells"), c("used", "(Mb)", "gc trigger", "(Mb)", "max used", "(Mb)")))
}

test_that("a workload's true peak is R's max used after its final gc(), and its collections are R's", {
  skip_if_not_installed("jsonlite")
  w <- workload("match_sets")
  r <- simulate(w$script, heap = heap(from = start_matrix(w$trace$start)))
  expect_s3_class(r, "rheap_run")
  end <- w$trace$end
  # record.R ends with gc(): R's max used is then the most each count reached
  expect_equal(r$gc["Vcells", "max used"], end$vcells_max_used, tolerance = 0.005)
  # the run's peak is the code's; the final gc() call allocates a little before it collects
  expect_equal(r$gc["Vcells", "max used"], r$peak$vcells_max, tolerance = 1e-4)
  expect_equal(r$gc["Ncells", "max used"], max(r$peak$ncells_max, w$trace$start$ncells_max_used), tolerance = 1e-4)
  expect_identical(nrow(r$events), length(w$trace$gcs))
  expect_true(r$peak$bytes >= r$peak$ncells * 56 + r$peak$vcells * 8)
  expect_identical(as.data.frame(r), r$events)
})

test_that("the peak of a call names the frame's variables, with R's object.size()", {
  r <- simulate("n <- 1e6\nkeep <- numeric(n)\nf <- function(n) {\n  a <- numeric(n)\n  b <- a + 1\n  invisible(gc())\n  1\n}\nz <- f(n)")
  o <- as.data.frame(r, what = "objects")
  a <- o[o$name %in% c("a", "b"), ]
  expect_identical(a$environment, c("f(n)", "f(n)"))
  # object.size(numeric(1e6)) is 8000048 bytes in R 4.2.2
  expect_identical(as.numeric(a$object_size), c(8000048, 8000048))
  # the peak is in the top-level statement of line 9, inside the call f(n)
  expect_identical(r$peak$line, 9L)
  expect_identical(r$peak$statement, "z <- f(n)")
  expect_identical(r$calls[1L], "f(n)")
})

test_that("the true peak is above max used until a collection starts", {
  r <- simulate("x <- numeric(2e7)")
  # 2e7 doubles do not fit the 64 MB trigger: R collects once, then allocates them
  expect_identical(nrow(r$events), 1L)
  expect_true(r$peak$vcells >= 2e7)
  expect_true(r$max_used[["vcells"]] < 2e7)
  # R 4.2.2: x <- numeric(2e7); gc() reports max used 20459885 Vcells
  expect_equal(r$gc["Vcells", "max used"], 20459885, tolerance = 0.001)
  expect_equal(r$gc["Vcells", "max used"], r$peak$vcells_max, tolerance = 1e-4)
  expect_match(format(r), "R raises \"max used\" only when a collection starts", all = FALSE, fixed = TRUE)
})

test_that("simulate() on a session changes it only as running the code there does", {
  setup <- "keep <- numeric(1e6); f <- function(n) numeric(n); for (i in 1:50) tmp <- f(1e4)"
  code <- "a <- numeric(2e6)\nb <- a + 1\nrm(a)\nm <- sum(b)"
  h1 <- heap()
  h2 <- heap()
  sim_eval(h1, setup)
  sim_eval(h2, setup)
  r <- simulate(code, heap = h1)
  sim_eval(h2, code)
  # no extra collection (the final gc() matrix comes from a copy): same events, same heap
  expect_identical(sim_events(h1), sim_events(h2))
  expect_identical(sim_objects(h1), sim_objects(h2))
  # the run's final matrix is a gc() as the code's last line (the copy had it)
  g2 <- sim_gc(h2)
  expect_identical(r$gc[, c("used", "gc trigger")], g2[, c("used", "gc trigger")])
  expect_identical(sim_gc(h1), g2)
  # the objects at the peak (line 4: a is garbage by then, still in use) were found in a copy of
  # the session made as the code began
  expect_identical(r$peak$line, 4L)
  expect_setequal(r$objects$name, c("b", "keep", "f", "tmp", "i", NA))
})

test_that("an interrupt stops simulate() and what_if() cleanly; the session goes on", {
  skip_on_os("windows")
  h <- heap()
  sim_eval(h, "keep <- 1:10")
  system(sprintf("sleep 1 && kill -INT %d", Sys.getpid()), wait = FALSE)
  t0 <- proc.time()[["elapsed"]]
  cond <- tryCatch(simulate("x <- 0\nrepeat x <- x + 1", heap = h), interrupt = identity)
  expect_s3_class(cond, "interrupt")
  expect_lt(proc.time()[["elapsed"]] - t0, 10)
  expect_output(sim_eval(h, "x > 0; sum(keep)"), "[1] TRUE\n[1] 55", fixed = TRUE)
  r <- simulate("y <- numeric(1e6)", heap = h)
  # at the peak the new vector is not bound yet
  expect_identical(r$objects$length[1L], 1e6)
  expect_identical(r$objects$environment[1L], "(temporary)")
  system(sprintf("sleep 1 && kill -INT %d", Sys.getpid()), wait = FALSE)
  t0 <- proc.time()[["elapsed"]]
  cond <- tryCatch(what_if("x <- 0\nrepeat x <- x + 1", vsize = c(8, 16) * 1024^2, cores = 1),
                   interrupt = identity)
  expect_s3_class(cond, "interrupt")
  expect_lt(proc.time()[["elapsed"]] - t0, 10)
  expect_identical(nrow(what_if("x <- 1", vsize = c(8, 16) * 1024^2, cores = 1)), 2L)
})

test_that("a run prints its collections, peak, objects, final gc() and error", {
  expect_snapshot(simulate("x <- numeric(2e7)\ny <- x + 1\nrm(x)\nz <- sum(y)"))
  expect_snapshot(summary(simulate("x <- numeric(2e7)\ny <- x + 1\nrm(x)\nz <- sum(y)")))
  # R 4.2.2 with R_MAX_VSIZE=2Gb: "Error: vector memory exhausted (limit reached?)"
  r <- simulate("x <- numeric(3e8)", max_vsize = 2 * 1024^3)
  expect_match(r$error, "vector memory exhausted (limit reached?)", fixed = TRUE)
  expect_identical(r$error_line, 1L)
  expect_snapshot(print(r))
})

test_that("sim_objects() lists the variables with R's object.size()", {
  h <- heap()
  sim_eval(h, "x <- numeric(1e6); y <- x; e <- new.env(); assign('z', numeric(10), envir = e)")
  o <- sim_objects(h)
  expect_named(o, c("name", "environment", "type", "length", "object_size", "allocator_bytes", "shared", "refs",
                    "same_as"))
  x <- o[o$name %in% c("x", "y"), ]
  # R 4.2.2: object.size(numeric(1e6)) 8000048 bytes, numeric(10) 176 bytes
  expect_identical(as.numeric(x$object_size), c(8000048, 8000048))
  expect_true(all(x$shared))
  expect_identical(sum(!is.na(x$same_as)), 1L)
  z <- o[o$name %in% "z", ]
  expect_identical(z$environment, "e in R_GlobalEnv")
  expect_identical(as.numeric(z$object_size), 176)
  expect_false(z$shared)
})

test_that("budgets as expectations say what happened", {
  failure <- function(expr) cat(tryCatch({ expr; "no failure" }, expectation_failure = conditionMessage), "\n")
  # a fresh session holds its start-up's garbage (R's max used is 24.1 Mb of Ncells after start-up)
  expect_success(expect_sim_peak("x <- numeric(1e6)", below = "50 MB"))
  expect_failure(expect_sim_peak("x <- numeric(1e7)", below = "50 MB"), "not below 50 Mb")
  expect_snapshot(failure(expect_sim_peak("x <- numeric(1e7)", below = "50 MB")))
  expect_success(expect_sim_collections("x <- numeric(1e6)", 0))
  expect_failure(expect_sim_collections("l <- lapply(1:20, function(i) numeric(1e6))", 1), "not 1")
  expect_snapshot(failure(expect_sim_collections("l <- lapply(1:20, function(i) numeric(1e6))", 1)))
  expect_success(expect_sim_no_copy("x <- numeric(10); x[1] <- 2"))
  expect_failure(expect_sim_no_copy("x <- numeric(1e5); y <- x; x[1] <- 2"), "copied 1 vector")
  expect_snapshot(failure(expect_sim_no_copy("x <- numeric(1e5); y <- x; x[1] <- 2")))
})

test_that("what_if() gives one row per setting, the same forked or not", {
  code <- "l <- lapply(1:20, function(i) numeric(1e6))"
  a <- what_if(code, vsize = c(8, 64, 256) * 1024^2, cores = 1)
  expect_identical(nrow(a), 3L)
  expect_true(all(diff(a$collections) <= 0))
  skip_on_os("windows")
  b <- what_if(code, vsize = c(8, 64, 256) * 1024^2, cores = 2)
  expect_identical(a, b)
  e <- what_if("x <- numeric(3e8)", max_vsize = c(2, 4) * 1024^3, cores = 1)
  # R 4.2.2 with R_MAX_VSIZE=2Gb stops; with 4Gb, gc() says max used 2292.4 Mb of Vcells
  expect_match(e$error[1L], "vector memory exhausted", fixed = TRUE)
  expect_true(is.na(e$error[2L]))
})

test_that("what_if() runs on a cluster", {
  skip_on_cran()
  cl <- parallel::makeCluster(1L)
  on.exit(parallel::stopCluster(cl))
  got <- what_if("x <- numeric(2e7)", vsize = c(64, 256) * 1024^2, cl = cl)
  expect_identical(got, what_if("x <- numeric(2e7)", vsize = c(64, 256) * 1024^2, cores = 1))
})

test_that("a run plots", {
  r <- simulate("l <- list()\nfor (i in 1:30) l[[i]] <- numeric(1e6)\nrm(l)\nx <- numeric(5e6)")
  f <- tempfile(fileext = ".png")
  grDevices::png(f, 800, 600)
  expect_identical(plot(r), r)
  grDevices::dev.off()
  expect_gt(file.size(f), 1000)
  t <- rheap:::timeline(r)
  expect_identical(sum(t$peak), 1L)
  expect_identical(t$vcells_mb[t$peak], r$peak$vcells * 8 / 1024^2)
  skip_if_not_installed("ggplot2")
  expect_s3_class(ggplot2::autoplot(r), "ggplot")
})

test_that("bad arguments are clear errors", {
  expect_snapshot(error = TRUE, {
    simulate()
    simulate("no/such/script.R")
    simulate("1", heap = heap(), vsize = 1e8)
    simulate("1", heap = "h")
    sim_objects(42)
    expect_sim_peak("1", below = "lots")
    expect_sim_collections("1", n = -1)
    what_if("1")
    what_if("1", vsize = 1e8, colour = 2)
    what_if("1", vsize = -1)
    what_if("1", vsize = 1e8, cl = 3)
  })
})

test_that("simulate() leaves stats::simulate() working for models", {
  fit <- lm(dist ~ speed, data = cars)
  expect_identical(dim(simulate(fit, nsim = 2, seed = 1)), c(50L, 2L))
})

test_that("compare_r() runs real R beside the simulator and marks differences", {
  skip_on_cran()
  skip_if_not(file.exists(file.path(R.home("bin"), "Rscript")))
  x <- compare_r("x <- numeric(2e7)\ny <- x + 1\nprint(sum(y))")
  expect_s3_class(x, "rheap_comparison")
  # the collections and the printed output are real R's
  expect_identical(x$sim$stdout, x$r$stdout)
  expect_identical(x$sim$gcs$level, x$r$gcs$level)
  expect_true(all(x$table$same))
  expect_match(format(x)[1L], "side by side")
  expect_error(compare_r("1", rscript = "no/such/Rscript"), "`rscript` must be")
})

test_that("sim_parallel() models forked and PSOCK workers", {
  setup <- "m <- matrix(0, 1000, 5000)\nfun <- function(i) { s <- sum(m[, i] + 1); invisible(gc()); s }"
  f <- sim_parallel(setup, "fun", "1:8", workers = 2, backend = "fork")
  expect_s3_class(f, "rheap_parallel")
  expect_identical(f$elements, c(4L, 4L))
  # a full collection in a forked worker writes every pool page of the parent
  expect_true(all(f$shared_written_mb > 0))
  # ... but never the 40 MB matrix's data: a worker's own memory is well below the parent's
  expect_true(all(f$own_mb < attr(f, "parent_mb")))
  p <- sim_parallel(setup, "fun", "1:8", workers = 2, backend = "psock", export = c("m", "fun"))
  # a PSOCK worker holds its own copy of m (8000216 bytes' data is 40 MB)
  expect_true(all(p$own_mb > 40))
  expect_true(attr(p, "fits") < attr(f, "fits"))
  expect_error(sim_parallel(setup, "fun", "1:8", workers = 0), "`workers` must be")
  expect_error(sim_parallel(setup, "fun", "1:8", backend = "mpi"), "should be one of")
})
