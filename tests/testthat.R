library(testthat)
library(rheap)

test_check("rheap")
