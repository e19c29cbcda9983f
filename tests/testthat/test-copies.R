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
  # a draw too long to follow: later numbers are unknown, and so is a condition on them
  expect_output(sim_eval(h, "x <- runif(3e8); if (sum(rnorm(10)) > 0) 'yes' else 'no'"), "yes")
  expect_match(sim_notes(h), "draws more than the simulator follows", all = FALSE)
  expect_match(sim_notes(h), "not known to the simulator; assumed TRUE", all = FALSE)
})

test_that("a script without set.seed() draws known numbers, the same in every simulation", {
  # R seeds from the clock (Randomize: RNG_Init(kind, TimeToSeed())); the simulator's clock is fixed
  draw <- function() utils::capture.output(sim_eval(heap(), "x <- rnorm(1001); print(anyNA(x)); print(x[1:3])"))
  expect_identical(draw()[1], "[1] FALSE")
  expect_identical(draw(), draw())
  expect_false(any(grepl("not simulated", draw())))
})
