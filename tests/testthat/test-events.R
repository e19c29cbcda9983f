test_that("every collection is an event, explicit ones included", {
  h <- heap()
  sim_eval(h, "l <- lapply(1:10, function(i) numeric(1e6))")
  sim_gc(h)
  e <- sim_events(h)
  expect_s3_class(e, "data.frame")
  expect_true(all(c("n", "level", "reason", "cons_mb", "cons_pct", "vec_mb", "vec_pct", "ncells_used",
                    "vcells_used", "ncells_trigger", "vcells_trigger") %in% names(e)))
  expect_identical(e$n, 2:(nrow(e) + 1L))
  expect_identical(tail(e$reason, 1), "gc()")
  expect_true(all(e$reason[-nrow(e)] == "vectors"))
  # a large vector that does not fit always ends in a level-2 collection that grows the heap
  expect_true(all(e$level == 2L))
  expect_true(all(diff(e$vcells_trigger[-nrow(e)]) > 0))
})

test_that("the pool report has one row per small node class", {
  p <- sim_pool(heap())
  expect_identical(p$class, 0:5 + 0)
  expect_identical(p$nodes_per_page, c(142, 142, 124, 99, 71, 45))
  expect_true(all(p$fragmentation >= 0 & p$fragmentation <= 1))
})
