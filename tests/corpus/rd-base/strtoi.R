# rheap corpus: rd-base/strtoi.R
# source: the examples of help page strtoi.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: strtoi
### Title: Convert Strings to Integers
### Aliases: strtoi
### Keywords: classes character utilities

### ** Examples

strtoi(c("0xff", "077", "123"))
strtoi(c("ffff", "FFFF"), 16L)
strtoi(c("177", "377"), 8L)



