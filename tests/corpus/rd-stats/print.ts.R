# rheap corpus: rd-stats/print.ts.R
# source: the examples of help page print.ts.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: print.ts
### Title: Printing and Formatting of Time-Series Objects
### Aliases: .preformat.ts print.ts
### Keywords: ts

### ** Examples

print(ts(1:10, frequency = 7, start = c(12, 2)), calendar = TRUE)

print(sunsp.1 <- window(sunspot.month, end=c(1756, 12)))
m <- .preformat.ts(sunsp.1) # a character matrix



