# rheap corpus: rd-base/sign.R
# source: the examples of help page sign.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: sign
### Title: Sign Function
### Aliases: sign
### Keywords: arith

### ** Examples

sign(pi)    # == 1
sign(-2:3)  # -1 -1 0 1 1 1



