# rheap corpus: rd-base/grepRaw.R
# source: the examples of help page grepRaw.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: grepRaw
### Title: Pattern Matching for Raw Vectors
### Aliases: grepRaw
### Keywords: utilities

### ** Examples

grepRaw("no match", "textText")  # integer(0): no match
grepRaw("adf", "adadfadfdfadadf") # 3 - the first match
grepRaw("adf", "adadfadfdfadadf", all=TRUE, fixed=TRUE)
## [1]  3  6 13 -- three matches



