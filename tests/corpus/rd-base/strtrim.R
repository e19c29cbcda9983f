# rheap corpus: rd-base/strtrim.R
# source: the examples of help page strtrim.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: strtrim
### Title: Trim Character Strings to Specified Display Widths
### Aliases: strtrim
### Keywords: character utilities

### ** Examples

strtrim(c("abcdef", "abcdef", "abcdef"), c(1,5,10))



