test_that("copy-on-modify copies only shared values, as R 4 does", {
  h <- heap()
  sim_eval(h, "x <- numeric(1e5)\nx[1] <- 2\ny <- x\nx[2] <- 3\nx[3] <- 4\nz <- 1:10\nz[1] <- 5L")
  cp <- sim_copies(h)
  # x[1] <- 2 is in place; x[2] <- 3 copies (y shares it); x[3] <- 4 is in place again;
  # the compact sequence 1:10 becomes an ordinary integer vector of 10 (8 Vcells)
  expect_identical(cp$line, c(4L, 7L))
  expect_identical(cp$type, c("double", "integer"))
  expect_identical(cp$vcells, c(1e5, 8))
})

test_that("assumptions about unknown values are noted", {
  h <- heap()
  expect_output(sim_eval(h, "if (sum(rnorm(10)) > 0) 'yes' else 'no'"), "yes")
  # (drawn without set.seed(): the numbers are unknown, and so is the condition on them)
  expect_match(sim_notes(h), "random numbers drawn from a state the simulator does not know", all = FALSE)
  expect_match(sim_notes(h), "not known to the simulator; assumed TRUE", all = FALSE)
})
