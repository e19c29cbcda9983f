# `Rscript --vanilla -e 'gc()'`, R 4.2.2 on the reference machine (shared/spec/r-memory.md §12.1).
rscript_first_gc <- matrix(
  c(273455, 458631, 14.7, 3.5, 660874, 8388608, 35.3, 64, 451267, 1800242, 24.2, 13.8),
  nrow = 2, dimnames = list(c("Ncells", "Vcells"),
                            c("used", "(Mb)", "gc trigger", "(Mb)", "max used", "(Mb)")))

test_that("a fresh heap is Rscript --vanilla's first statement", {
  expect_equal(sim_gc(heap()), rscript_first_gc)
})

test_that("sim_gc() has base::gc()'s shape, names and types", {
  m <- sim_gc(heap())
  g <- gc()
  expect_identical(dim(m), dim(g))
  expect_identical(dimnames(m), dimnames(g))
  expect_identical(typeof(m), typeof(g))
  expect_output(print(m), "Ncells 273455 14.7     660874 35.3   451267 24.2", fixed = TRUE)
})

test_that("a vector limit adds the limit column, as R_MAX_VSIZE=1G does", {
  m <- sim_gc(heap(max_vsize = 1024^3))
  expect_identical(colnames(m), c("used", "(Mb)", "gc trigger", "(Mb)", "limit (Mb)", "max used", "(Mb)"))
  expect_identical(unname(m[, "limit (Mb)"]), c(NA, 1024))
})

test_that("heap(from = gc()) starts from that matrix", {
  g <- gc()
  h <- heap(from = g)
  m <- sim_gc(h)
  expect_identical(m[, "gc trigger"], g[, "gc trigger"])
  expect_lt(abs(m["Ncells", "used"] - g["Ncells", "used"]), 20)
  expect_lt(abs(m["Vcells", "used"] - g["Vcells", "used"]), 60)
})

test_that("bad arguments are clear R errors", {
  expect_snapshot(heap(nsize = -1), error = TRUE)
  expect_snapshot(heap(from = 1:3), error = TRUE)
  expect_snapshot(heap(vsize = 10), error = TRUE)
  expect_snapshot(sim_gc(list()), error = TRUE)
  expect_snapshot(sim_gc(heap(), reset = NA), error = TRUE)
})

test_that("a heap prints a short summary", {
  expect_snapshot(print(heap()))
})
