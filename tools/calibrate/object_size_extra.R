# object.size() in R 4.2.2 of each expression of tools/calibrate/osize-exprs.txt, written to
# tests/fixtures/object-size-extra.tsv (expr, bytes). Run from the project root:
#   Rscript --vanilla tools/calibrate/object_size_extra.R
exprs <- readLines("tools/calibrate/osize-exprs.txt")
bytes <- vapply(exprs, function(e) as.numeric(object.size(eval(parse(text = e)))), 0)
writeLines(c("expr\tbytes", paste(exprs, bytes, sep = "\t")), "tests/fixtures/object-size-extra.tsv")
